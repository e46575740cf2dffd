using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Action.Calls;

/// <summary>Something evaluators score, from 0 to <see cref="MaxScore"/>.</summary>
public sealed record Criterion(string Id, LocalizedText Name, int MaxScore);

/// <summary>
/// A call for Targeted City Actions and its rules. It takes applications while open, from its
/// opening to its closing day; the selections it funds never exceed its budget, when it has one.
/// </summary>
public sealed class Call : Aggregate
{
    private const string Rule = "CALL_STATE";

    private Call()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public int Number { get; private set; }

    public LocalizedText Title { get; private set; } = LocalizedText.Empty;

    public string Theme { get; private set; } = string.Empty;

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public decimal MaxGrant { get; private set; }

    /// <summary>ISO 4217 code of every amount of the call.</summary>
    public string Currency { get; private set; } = "EUR";

    /// <summary>Total money of the call; null when it has no ceiling.</summary>
    public decimal? Budget { get; private set; }

    /// <summary>What its selections have committed so far.</summary>
    public decimal Committed { get; private set; }

    public List<string> EligibleCountries { get; private set; } = [];

    public List<Objective> Objectives { get; private set; } = [];

    public List<ApplicantType> EligibleApplicantTypes { get; private set; } = [];

    public List<ApplicantType> SupportLetterRequiredFor { get; private set; } = [];

    public List<Criterion> Criteria { get; private set; } = [];

    public CallState State { get; private set; }

    /// <summary>How a call is found by its id ("calls/{id}").</summary>
    public static ResourceKind<Call> Resource { get; } = new("Call", "calls", id => c => c.Id == id);

    public override string ResourceName => $"calls/{Id}";

    public static Call Draft(CallTerms terms)
    {
        var call = new Call
        {
            Id = terms.Id, Number = terms.Number, Title = terms.Title, Theme = terms.Theme,
            OpensOn = terms.OpensOn, ClosesOn = terms.ClosesOn, MaxGrant = terms.MaxGrant, Currency = terms.Currency, Budget = terms.Budget,
            EligibleCountries = [.. terms.EligibleCountries], Objectives = [.. terms.Objectives],
            EligibleApplicantTypes = [.. terms.EligibleApplicantTypes], SupportLetterRequiredFor = [.. terms.SupportLetterRequiredFor],
            Criteria = [.. terms.Criteria], State = CallState.Draft,
        };
        return call;
    }

    /// <summary>A call that ran before the suite: closed from the start.</summary>
    public static Call Archived(CallTerms terms)
    {
        var call = Draft(terms);
        call.State = CallState.Closed;
        return call;
    }

    /// <summary>Whether the call takes an application today.</summary>
    public bool TakesApplicationsOn(DateOnly day) => State == CallState.Open && day >= OpensOn && day <= ClosesOn;

    public void Open(DateOnly today)
    {
        Require(CallState.Draft, "opened");
        if (today > ClosesOn)
        {
            throw new FailedPreconditionException(Rule, ResourceName, $"{ResourceName} closes on {ClosesOn:yyyy-MM-dd}, which has passed; it cannot be opened.");
        }

        State = CallState.Open;
        Changed();
    }

    public void Close()
    {
        Require(CallState.Open, "closed");
        State = CallState.Closed;
        Changed();
    }

    /// <summary>Commits money to selected applications, refusing more than the budget leaves.</summary>
    public void Commit(decimal amount)
    {
        if (Budget is { } budget && Committed + amount > budget)
        {
            throw new FailedPreconditionException("CALL_BUDGET", ResourceName,
                $"The selection ({Currency} {amount:N0}) exceeds what {ResourceName} has left ({Currency} {budget - Committed:N0} of {budget:N0}).");
        }

        Committed += amount;
        Changed();
    }

    private void Require(CallState state, string verb)
    {
        if (State != state)
        {
            throw new FailedPreconditionException(Rule, ResourceName, $"Only a {state} call can be {verb}; {ResourceName} is {State}.");
        }
    }
}

/// <summary>What a call is: the terms it is created with.</summary>
public sealed record CallTerms(
    string Id, int Number, LocalizedText Title, string Theme, DateOnly OpensOn, DateOnly ClosesOn,
    decimal MaxGrant, string Currency, decimal? Budget, IReadOnlyList<string> EligibleCountries, IReadOnlyList<Objective> Objectives,
    IReadOnlyList<ApplicantType> EligibleApplicantTypes, IReadOnlyList<ApplicantType> SupportLetterRequiredFor, IReadOnlyList<Criterion> Criteria);
