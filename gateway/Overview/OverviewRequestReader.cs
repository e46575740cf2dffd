using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.Gateway.Overview;

/// <summary>Checks an overview request before any service is asked, so bad input is one InvalidArgument, not seven failed parts.</summary>
public static class OverviewRequestReader
{
    /// <summary>The languages of the suite's texts (the services check them the same way).</summary>
    private static readonly string[] Languages = ["en", "fr", "ar"];

    /// <returns>The city id, and the language asked for in lower case or empty.</returns>
    public static (string CityId, string Language) Read(GetCityOverviewRequest request)
    {
        var violations = new FieldViolations();
        var cityId = violations.ReadId("name", request.Name, "cities");
        var language = request.Language.ToLowerInvariant();
        violations.Check(language.Length == 0 || Languages.Contains(language), "language", "must be \"en\", \"fr\" or \"ar\".", FieldReasons.NotAllowed);
        violations.ThrowIfAny();
        return (cityId!, language);
    }
}
