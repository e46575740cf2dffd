using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// A crash the fault suite plays on purpose: when armed, the process kills itself (SIGKILL) right
/// after a save has committed outbox messages and before the dispatcher is woken to publish them,
/// leaving committed events that only a restart can send.
/// </summary>
/// <remarks>
/// Three locks keep it out of production, each enough on its own: the killing code exists only in
/// Debug builds (MC2CM_FAULT_HOOKS, Directory.Build.targets; production runs Release builds); it is
/// honoured only in the "Testing" environment, which neither the AppHost nor a deployment sets; and
/// only when the setting <see cref="Setting"/> is true.
/// </remarks>
public sealed class OutboxCommitFault(IHostEnvironment environment, IConfiguration configuration)
{
    public const string Setting = "Faults:KillAfterOutboxCommit";
    public const string TestingEnvironment = "Testing";

    /// <summary>Whether this build carries the hook at all: Debug builds only.</summary>
    public static bool IsCompiledIn =>
#if MC2CM_FAULT_HOOKS
        true;
#else
        false;
#endif

    public bool IsArmed { get; } =
        IsCompiledIn && environment.IsEnvironment(TestingEnvironment) && configuration.GetValue<bool>(Setting);

    /// <summary>Kills this process when armed; does nothing otherwise.</summary>
    internal void StrikeAfterCommit()
    {
#if MC2CM_FAULT_HOOKS
        if (IsArmed)
        {
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            self.Kill();
        }
#endif
    }
}
