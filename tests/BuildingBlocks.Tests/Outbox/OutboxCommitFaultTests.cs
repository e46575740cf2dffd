using System.Diagnostics.Metrics;
using System.Reflection;
using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.BuildingBlocks.Tests.Fixtures;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.BuildingBlocks.Tests.Outbox;

/// <summary>
/// The fault suite's crash hook does nothing unless all three locks are open: a Debug build, the
/// Testing environment and its switch. Every test here that would arm it wrongly would kill the test run.
/// </summary>
public sealed class OutboxCommitFaultTests : IDisposable
{
    private readonly TestDirectory _data = new("fault-hook");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Testing")]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Without_its_switch_the_hook_is_not_armed_in_any_environment(string environment)
    {
        var fault = Fault(environment, switchedOn: null);

        fault.StrikeAfterCommit();

        Assert.False(fault.IsArmed);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_the_testing_environment_the_switch_is_ignored(string environment)
    {
        var fault = Fault(environment, switchedOn: "true");

        fault.StrikeAfterCommit();

        Assert.False(fault.IsArmed);
    }

    [Fact]
    public void The_hook_is_compiled_into_debug_builds_only()
    {
        var configuration = typeof(OutboxCommitFault).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;

        Assert.Equal(configuration == "Debug", OutboxCommitFault.IsCompiledIn);
        Assert.Equal(OutboxCommitFault.IsCompiledIn, Fault("Testing", switchedOn: "true").IsArmed);
    }

    [Fact]
    public async Task An_unarmed_hook_lets_a_commit_wake_the_dispatcher()
    {
        var signal = new OutboxSignal();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var metrics = new DomainEventMetrics(services.GetRequiredService<IMeterFactory>());
        var notifier = new OutboxCommitNotifier(signal, metrics, Fault("Testing", switchedOn: "false"));
        var file = _data.File("tally.db");
        await TallyService.CreateDatabaseAsync(file, Ct);
        await using var db = new TallyDbContext(new DbContextOptionsBuilder<TallyDbContext>()
            .UseSqlite($"Data Source={file}").AddInterceptors(notifier).Options);
        var registry = new Registry();
        registry.Register("hooked", DateTimeOffset.UtcNow);
        db.Registries.Add(registry);

        await db.SaveChangesAsync(Ct);

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(5), Ct));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(Ct));
    }

    private static OutboxCommitFault Fault(string environment, string? switchedOn) => new(
        new Environment(environment),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [OutboxCommitFault.Setting] = switchedOn }).Build());

    public void Dispose() => _data.Dispose();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "fault-hook-tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
