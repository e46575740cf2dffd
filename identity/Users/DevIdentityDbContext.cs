using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Identity.Users;

/// <summary>OpenIddict's tables (clients, tokens), in an in-memory SQLite database that lives as long as the process.</summary>
public sealed class DevIdentityDbContext(DbContextOptions<DevIdentityDbContext> options) : DbContext(options);
