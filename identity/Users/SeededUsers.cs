using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Identity.Users;

/// <summary>
/// The development users every run has (configuration may add more under Identity:Users): one per
/// role, and city people of Tunis, Sfax and Lisbon, which the seed data knows.
/// </summary>
public static class SeededUsers
{
    public static IReadOnlyList<DevUser> All { get; } =
    [
        User("coordinator", "Partner coordinator (ICMPD)", Roles.Coordinator),
        User("tunis-focal-point", "Focal point of Tunis", Roles.FocalPoint, "tunis"),
        User("tunis-expert", "Local expert of Tunis", Roles.LocalExpert, "tunis"),
        User("sfax-focal-point", "Focal point of Sfax", Roles.FocalPoint, "sfax"),
        User("lisbon-expert", "Local expert of Lisbon", Roles.LocalExpert, "lisbon"),
        User("evaluator-1", "Evaluator 1", Roles.Evaluator),
        User("evaluator-2", "Evaluator 2", Roles.Evaluator),
    ];

    private static DevUser User(string clientId, string name, string role, params string[] cities) =>
        new() { ClientId = clientId, Name = name, Roles = [role], Cities = [.. cities] };
}
