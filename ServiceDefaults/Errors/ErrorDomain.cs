namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>The google.rpc.ErrorInfo domain of the suite's errors.</summary>
public static class ErrorDomain
{
    public const string Name = "mc2cm.org";
}
