using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Dialogue.Data;
using Mc2cm.LocalRabbitMq;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>
/// What a start does: migrations, the seed (once), and the known cities filled from Cities.
/// These services run without a broker (none listens at the address they get), so they take no
/// event from the other tests' queues; the outbox keeps their events.
/// </summary>
public sealed class StartUpTests : IDisposable
{
    private readonly TestDirectory _data = new("dialogue-start");
    private readonly string _noBroker = $"amqp://guest:guest@127.0.0.1:{LoopbackPorts.FindFree()}/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_calendar_is_seeded_once_and_a_restart_adds_nothing()
    {
        var file = _data.File("dialogue.db");
        var nowhere = new Uri($"http://127.0.0.1:{LoopbackPorts.FindFree()}");
        (int Themes, int Meetings, int Held, int Events) first;
        await using (var service = DialogueApp.Start(_noBroker, file, nowhere))
        {
            first = await CountAsync(service);
            using var channel = service.CreateGrpcChannel();
            await new ThemesService.ThemesServiceClient(channel).CreateThemeAsync(new CreateThemeRequest
            {
                ThemeId = "added-before-restart", Theme = new Theme { DisplayName = new() { En = "Added before the restart" } },
            }, cancellationToken: Ct);
        }

        await using var restarted = DialogueApp.Start(_noBroker, file, nowhere);
        var second = await CountAsync(restarted);

        // 15 meetings and conferences, each scheduled and held (two events apiece), two of them then
        // reported with their recommendations (one event each); one to come, scheduled; 11 themes.
        Assert.Equal((11, 16, 13, 33), first);
        Assert.Equal((12, 16, 13, 33), second);
    }

    [Fact]
    public async Task The_known_cities_are_filled_from_Cities_even_when_no_event_reached_this_service()
    {
        await using var cities = ServiceHost<CitiesGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:citiesdb"] = $"Data Source={_data.File("cities.db")}",
            ["ConnectionStrings:messaging"] = _noBroker,
        });

        await using var dialogue = DialogueApp.Start(_noBroker, _data.File("dialogue.db"), cities.GrpcAddress);

        await Poll.UntilAsync(async () => await QueryAsync(dialogue, db => db.KnownCities.CountAsync(Ct)) == 20,
            TimeSpan.FromSeconds(30), "the 20 cities of Cities' seed in known_cities", Ct);
        var tunis = await QueryAsync(dialogue, db => db.KnownCities.SingleAsync(c => c.Id == "tunis", Ct));
        Assert.Equal(("Tunis", "تونس", "TN", "north-africa", true), (tunis.Names.En, tunis.Names.Ar, tunis.CountryCode, tunis.Region, tunis.IsMember));
    }

    private static async Task<(int, int, int, int)> CountAsync(ServiceHost<Meetings.MeetingsGrpcService> service) =>
        await QueryAsync(service, async db => (
            await db.Themes.CountAsync(Ct),
            await db.Meetings.CountAsync(Ct),
            await db.Meetings.CountAsync(m => m.State == Meetings.MeetingState.Held, Ct),
            await db.OutboxMessages.CountAsync(Ct)));

    private static async Task<T> QueryAsync<T>(ServiceHost<Meetings.MeetingsGrpcService> service, Func<DialogueDbContext, Task<T>> query)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DialogueDbContext>());
    }

    public void Dispose() => _data.Dispose();
}
