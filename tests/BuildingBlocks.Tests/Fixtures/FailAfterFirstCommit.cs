using MassTransit;

namespace Mc2cm.BuildingBlocks.Tests.Fixtures;

/// <summary>
/// Lets the first consume of a message run to the end (its effect commits), then throws before
/// MassTransit can acknowledge it, so the message is delivered again: a forced redelivery.
/// </summary>
public sealed class FailAfterFirstCommit : IConfigureReceiveEndpoint, IFilter<ConsumeContext>
{
    private int _failed;

    public bool Failed => Volatile.Read(ref _failed) == 1;

    public void Configure(string name, IReceiveEndpointConfigurator configurator) => configurator.UseFilter(this);

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        await next.Send(context);
        if (Interlocked.Exchange(ref _failed, 1) == 0)
        {
            throw new InvalidOperationException("Lost the acknowledgement on purpose.");
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("fail-after-first-commit");
}
