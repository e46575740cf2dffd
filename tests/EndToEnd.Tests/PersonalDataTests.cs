using System.Net;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.Testing;
using Cities = Mc2cm.Contracts.Cities.V1;
using Dialogue = Mc2cm.Contracts.Dialogue.V1;
using Overview = Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// Personal data reaches only those who may see it (ServiceDefaults/Security/PersonalData): every
/// read that returns a person, asked of the running suite as every kind of caller, on the
/// gateway's two faces (native gRPC and REST) and straight at the service (around the gateway).
/// The people are planted with markers of this run, so an answer either shows a marker or not.
/// A new RPC that returns a person is one more entry in <see cref="Reads"/>;
/// <see cref="PersonalDataContractTests"/> fails until it has one.
/// </summary>
[Collection(nameof(SuiteCollection))]
public sealed class PersonalDataTests(SuiteFixture suite)
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Callers =
        [Anonymous, SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint, SharedIssuer.TunisExpert, SharedIssuer.SfaxFocalPoint, SharedIssuer.Evaluator1];
    private static readonly string[] TunisPeople = [SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint, SharedIssuer.TunisExpert];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A planted person: the texts only some may see, and those everyone who gets an answer sees.</summary>
    public sealed record Person(string[] Personal, string[] Public);

    /// <summary>What the reads are asked about: a focal point of Tunis, and a participant registered by Tunis's focal point.</summary>
    public sealed record Planted(Person FocalPoint, Person Participant, string Meeting, string Registration)
    {
        /// <summary>Names only, for looking at the list of reads without a suite.</summary>
        public static readonly Planted None = new(new([], []), new([], []), "meetings/none", "meetings/none/registrations/none");
    }

    /// <summary>
    /// A read that returns a person, served by <paramref name="Service"/> (an AppHost resource).
    /// Callers not in <paramref name="MaySee"/> are refused the whole answer when
    /// <paramref name="OthersRefused"/>, else they get it without the personal fields (a caller
    /// without a token is refused anyway when the RPC is for signed-in callers).
    /// </summary>
    public sealed record PersonRead(
        string Name, MethodDescriptor Method, string Service, Person Person, string[] MaySee, bool OthersRefused,
        Func<CallInvoker, Task<IMessage>> Grpc, string RestPath);

    /// <summary>Every read RPC whose answer can hold personal data, with the rule it must follow.</summary>
    public static IEnumerable<PersonRead> Reads(Planted planted)
    {
        Cities.CitiesService.CitiesServiceClient C(CallInvoker i) => new(i);
        Dialogue.RegistrationsService.RegistrationsServiceClient R(CallInvoker i) => new(i);
        Overview.OverviewService.OverviewServiceClient O(CallInvoker i) => new(i);
        var cities = Cities.CitiesService.Descriptor;
        var registrations = Dialogue.RegistrationsService.Descriptor;

        yield return new("GetCity(tunis)", cities.FindMethodByName("GetCity"), "cities", planted.FocalPoint, TunisPeople, OthersRefused: false,
            async i => await C(i).GetCityAsync(new() { Name = "cities/tunis" }, cancellationToken: Ct), "/api/v1/cities/tunis");
        yield return new("ListCities(tunis)", cities.FindMethodByName("ListCities"), "cities", planted.FocalPoint, TunisPeople, OthersRefused: false,
            async i => await C(i).ListCitiesAsync(new() { Query = "tunis" }, cancellationToken: Ct), "/api/v1/cities?query=tunis");
        yield return new("GetCityOverview(tunis)", Overview.OverviewService.Descriptor.FindMethodByName("GetCityOverview"), "gateway", planted.FocalPoint, TunisPeople,
            OthersRefused: false, async i => await O(i).GetCityOverviewAsync(new() { Name = "cities/tunis" }, cancellationToken: Ct), "/api/v1/cities/tunis/overview");
        // A registration is stricter than the general rule: the whole of it is for its author and the coordinators.
        yield return new("GetRegistration(by tunis-focal-point)", registrations.FindMethodByName("GetRegistration"), "dialogue", planted.Participant,
            [SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint], OthersRefused: true,
            async i => await R(i).GetRegistrationAsync(new() { Name = planted.Registration }, cancellationToken: Ct), $"/api/v1/{planted.Registration}");
        // Listing a meeting's registrations, a caller gets only those they may read: the others' answer lacks the person altogether.
        yield return new("ListRegistrations", registrations.FindMethodByName("ListRegistrations"), "dialogue",
            new Person([.. planted.Participant.Personal, .. planted.Participant.Public], []),
            [SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint], OthersRefused: false,
            async i => await R(i).ListRegistrationsAsync(new() { Parent = planted.Meeting }, cancellationToken: Ct), $"/api/v1/{planted.Meeting}/registrations");
    }

    [Fact]
    public async Task Every_read_that_returns_a_person_shows_personal_data_only_to_the_coordinators_and_the_persons_city()
    {
        var planted = await PlantAsync();
        var mismatches = new List<string>();
        var cases = 0;
        foreach (var read in Reads(planted))
        {
            foreach (var caller in Callers)
            {
                var user = caller == Anonymous ? null : caller;
                var faces = new List<(string Face, Func<Task<Answer>> Ask)>
                {
                    ("gateway gRPC", () => AskGrpcAsync(read, "gateway", user)),
                    ("gateway REST", () => AskRestAsync(read, user)),
                };
                if (read.Service != "gateway")
                {
                    faces.Add(($"{read.Service} gRPC", () => AskGrpcAsync(read, read.Service, user)));
                }

                foreach (var (face, ask) in faces)
                {
                    cases++;
                    if (Judge(read, caller, await ask()) is { } wrong)
                    {
                        mismatches.Add($"{read.Name} as {caller} via {face}: {wrong}");
                    }
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"personal data: cases={cases} mismatches={mismatches.Count}");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>An answer as text, or null when the caller was refused (Unauthenticated / PermissionDenied, 401 / 403); or why it failed otherwise.</summary>
    private sealed record Answer(string? Text, string? Failure = null);

    private static string? Judge(PersonRead read, string caller, Answer answer)
    {
        var maySee = read.MaySee.Contains(caller);
        if (answer.Failure is not null)
        {
            return answer.Failure;
        }

        // A read for signed-in callers refuses a caller without a token, whatever it shows the others.
        var refusalDue = !maySee && (read.OthersRefused || (caller == Anonymous && MethodAudience.Of(read.Method).NeedsToken()));
        if (answer.Text is null)
        {
            return refusalDue ? null : "refused";
        }

        if (refusalDue)
        {
            return "answered, where a refusal was due";
        }

        var leaked = read.Person.Personal.Where(answer.Text.Contains).ToList();
        if (!maySee && leaked.Count > 0)
        {
            return $"shows {string.Join(", ", leaked)}";
        }

        var missing = (maySee ? [.. read.Person.Personal, .. read.Person.Public] : read.Person.Public).Where(m => !answer.Text.Contains(m)).ToList();
        return missing.Count > 0 ? $"lacks {string.Join(", ", missing)}" : null;
    }

    private async Task<Answer> AskGrpcAsync(PersonRead read, string resource, string? user)
    {
        using var channel = suite.Channel(resource, user);
        try
        {
            return new((await read.Grpc(channel.CreateCallInvoker())).ToString());
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
        {
            return new(Text: null);
        }
        catch (RpcException ex)
        {
            return new(null, $"failed: {ex.Status}");
        }
    }

    private async Task<Answer> AskRestAsync(PersonRead read, string? user)
    {
        using var client = suite.GatewayRest(user);
        using var response = await client.GetAsync(read.RestPath, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => new(body),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new(Text: null),
            var status => new(null, $"failed: HTTP {(int)status} {body}"),
        };
    }

    /// <summary>A focal point of Tunis (set by a coordinator), and a participant for Tunis registered by its focal point for a new meeting.</summary>
    private async Task<Planted> PlantAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var focalPoint = new Cities.FocalPoint { DisplayName = $"Leila Fp{tag}", Role = $"Head of social affairs {tag}", Email = $"leila.{tag}@example.org" };
        var participant = new Dialogue.Participant
        {
            DisplayName = $"Karim Pt{tag}", Organisation = $"Municipality of Tunis {tag}", City = "cities/tunis",
            Role = Dialogue.ParticipantRole.CityStaff, Email = $"karim.{tag}@example.org",
        };
        using var coordinator = suite.GatewayGrpc(SharedIssuer.Coordinator);
        using var tunis = suite.GatewayGrpc(SharedIssuer.TunisFocalPoint);

        var cities = new Cities.CitiesService.CitiesServiceClient(coordinator);
        var city = (await cities.GetCityAsync(new() { Name = "cities/tunis" }, cancellationToken: Ct)).City;
        await cities.UpdateCityAsync(new()
        {
            City = new() { Name = city.Name, Etag = city.Etag, FocalPoints = { focalPoint } }, UpdateMask = new FieldMask { Paths = { "focal_points" } },
        }, cancellationToken: Ct);

        var meeting = (await new Dialogue.MeetingsService.MeetingsServiceClient(coordinator).CreateMeetingAsync(new()
        {
            MeetingId = $"privacy-{tag}",
            Meeting = new()
            {
                DisplayName = new() { En = "Peer-learning meeting" }, Kind = Dialogue.MeetingKind.PeerLearning, Themes = { "themes/refugee-reception" },
                HostCity = "cities/tunis", StartDate = new Google.Type.Date { Year = 2032, Month = 5, Day = 3 }, EndDate = new Google.Type.Date { Year = 2032, Month = 5, Day = 4 },
                TimeZone = "Africa/Tunis", Format = Dialogue.MeetingFormat.InPerson, Capacity = 10,
            },
        }, cancellationToken: Ct)).Meeting;
        var registration = (await new Dialogue.RegistrationsService.RegistrationsServiceClient(tunis).RegisterParticipantAsync(new()
        {
            Parent = meeting.Name, Registration = new() { Participant = participant },
        }, cancellationToken: Ct)).Registration;

        return new Planted(
            new Person([focalPoint.DisplayName, focalPoint.Email], [focalPoint.Role]),
            new Person([participant.DisplayName, participant.Email], [participant.Organisation]),
            meeting.Name,
            registration.Name);
    }
}
