using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Cities.Cities;

namespace Mc2cm.Cities.Network;

/// <summary>A checked CreatePhase request.</summary>
public sealed record NewPhase(string Id, LocalizedText Names, DateOnly StartDate, DateOnly? EndDate);

/// <summary>The fields a phase update sets; null means "leave as is".</summary>
public sealed record PhaseChanges(NamePatch? Names = null, DateOnly? StartDate = null, DateOnly? EndDate = null, bool ClearEndDate = false);

/// <summary>A checked UpdatePhase request.</summary>
public sealed record PhaseUpdate(string Id, string Etag, PhaseChanges Changes);

/// <summary>A checked CreatePartner request.</summary>
public sealed record NewPartner(string Id, string Acronym, LocalizedText Names, PartnerRole Role, string Contribution);

/// <summary>The fields a partner update sets; null means "leave as is".</summary>
public sealed record PartnerChanges(string? Acronym = null, NamePatch? Names = null, PartnerRole? Role = null, string? Contribution = null);

/// <summary>A checked UpdatePartner request.</summary>
public sealed record PartnerUpdate(string Id, string Etag, PartnerChanges Changes);
