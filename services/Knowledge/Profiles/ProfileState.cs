namespace Mc2cm.Knowledge.Profiles;

/// <summary>Where a revision is in the workflow: Draft → InReview → Published (or back to Draft).</summary>
public enum ProfileState
{
    Draft = 1,
    InReview = 2,
    Published = 3,
}

/// <summary>Steps recorded in a profile's history.</summary>
public enum ProfileAction
{
    Created = 1,
    Edited = 2,
    Submitted = 3,
    Returned = 4,
    Published = 5,
}
