using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Action;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Action.Priorities;

/// <summary>Life of a priority.</summary>
public enum PriorityState
{
    Proposed = 1,
    Adopted = 2,
    Retired = 3,
}

/// <summary>
/// A city's priority for action. Rules: only a proposed priority changes; adopting needs at
/// least one piece of evidence; only an adopted priority is retired.
/// </summary>
public sealed class Priority : Aggregate
{
    private const string Rule = "PRIORITY_LIFECYCLE";
    private readonly List<PriorityEvidence> _evidence = [];

    private Priority()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string CityId { get; private set; } = string.Empty;

    public LocalizedText Text { get; private set; } = LocalizedText.Empty;

    public string Theme { get; private set; } = string.Empty;

    public IReadOnlyList<PriorityEvidence> Evidence => _evidence;

    public PriorityState State { get; private set; }

    public DateOnly? AdoptedOn { get; private set; }

    public string? AdoptedBy { get; private set; }

    public string? RetireReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How a priority is found by its id ("priorities/{id}").</summary>
    public static ResourceKind<Priority> Resource { get; } = new("Priority", "priorities", id => p => p.Id == id);

    public override string ResourceName => $"priorities/{Id}";

    public static Priority Propose(string id, string cityId, LocalizedText text, string theme, IEnumerable<PriorityEvidence> evidence, DateTimeOffset now)
    {
        var priority = new Priority { Id = id, CityId = cityId, Text = text, Theme = theme, State = PriorityState.Proposed, CreatedAt = now };
        priority._evidence.AddRange(evidence);
        return priority;
    }

    public void Revise(LocalizedText? text, string? theme, IReadOnlyList<PriorityEvidence>? evidence)
    {
        EnsureState(PriorityState.Proposed, "changed");
        Text = text ?? Text;
        Theme = theme ?? Theme;
        if (evidence is not null)
        {
            _evidence.Clear();
            _evidence.AddRange(evidence);
        }

        Changed();
    }

    public void Adopt(DateOnly adoptedOn, string adoptedBy, DateTimeOffset now)
    {
        EnsureState(PriorityState.Proposed, "adopted");
        if (_evidence.Count == 0)
        {
            throw new FailedPreconditionException("PRIORITY_EVIDENCE", ResourceName,
                $"{ResourceName} has no evidence: link a published profile finding or a recommendation before adopting it.");
        }

        (State, AdoptedOn, AdoptedBy) = (PriorityState.Adopted, adoptedOn, adoptedBy);
        Changed(new PriorityAdopted(Id, CityId, Theme, adoptedOn,
            _evidence.Where(e => e.IsProfileFinding).Select(e => e.ProfileRevision!).Distinct().ToList(),
            _evidence.Where(e => !e.IsProfileFinding).Select(e => e.RecommendationId!).ToList(), now));
    }

    public void Retire(string reason)
    {
        EnsureState(PriorityState.Adopted, "retired");
        (State, RetireReason) = (PriorityState.Retired, reason);
        Changed();
    }

    private void EnsureState(PriorityState required, string verb)
    {
        if (State != required)
        {
            throw new FailedPreconditionException(Rule, ResourceName, $"Only a {required} priority can be {verb}; {ResourceName} is {State}.");
        }
    }
}
