using System.Reflection;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Mc2cm.Contracts.Events;
using Mc2cm.ServiceDefaults.Security;
using Mc2cm.Testing;
using Cities = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// The contracts against the list of personal fields (ServiceDefaults/Security/PersonalData), read
/// from their descriptors without a running suite: a field named like personal data that is not
/// listed, an RPC that can return a person without a case in <see cref="PersonalDataTests"/>, or an
/// event that carries a person, fails here.
/// </summary>
public sealed partial class PersonalDataContractTests
{
    /// <summary>RPCs that return a person only to the caller who just wrote it, allowed to (a coordinator, the city's people, the registrant).</summary>
    private static readonly string[] AnswerTheirWriter =
    [
        "mc2cm.cities.v1.CitiesService.CreateCity",
        "mc2cm.cities.v1.CitiesService.UpdateCity",
        "mc2cm.cities.v1.CitiesService.JoinNetwork",
        "mc2cm.cities.v1.CitiesService.LeaveNetwork",
        "mc2cm.dialogue.v1.RegistrationsService.RegisterParticipant",
        "mc2cm.dialogue.v1.RegistrationsService.CancelRegistration",
    ];

    /// <summary>Names of contact details and other personal facts; "address" alone would catch "addressee".</summary>
    [GeneratedRegex("e_?mail|phone|mobile|fax|birth|passport|postal|street", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLike();

    /// <summary>A person's name: places and things are named with a LocalizedText, people with a plain string.</summary>
    private static readonly string[] PersonNames = ["display_name", "full_name", "first_name", "last_name", "given_name", "family_name", "surname"];

    [GeneratedRegex("e_?mail|phone|mobile|fax|person|participant|focalpoint|displayname|fullname|firstname|lastname|surname|actor|evaluator", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPropertyName();

    [Fact]
    public void Every_field_named_like_personal_data_is_listed_and_every_listed_field_exists()
    {
        var fields = Messages().SelectMany(m => m.Fields.InDeclarationOrder()).ToList();
        var unlisted = fields.Where(f => ContactLike().IsMatch(f.Name) || (f.FieldType == FieldType.String && PersonNames.Contains(f.Name)))
            .Select(f => f.FullName).Where(name => !PersonalData.Fields.Contains(name)).ToList();
        var unknown = PersonalData.Fields.Except(fields.Select(f => f.FullName)).ToList();

        Assert.True(unlisted.Count == 0, $"Named like personal data but not in PersonalData.Fields: {string.Join(", ", unlisted)}");
        Assert.True(unknown.Count == 0, $"In PersonalData.Fields but in no contract: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_rpc_that_can_return_a_person_has_a_case_or_answers_its_writer()
    {
        var covered = PersonalDataTests.Reads(PersonalDataTests.Planted.None).Select(r => r.Method.FullName).ToHashSet();
        var returning = Messages().Select(m => m.File).Distinct().SelectMany(f => f.Services).SelectMany(s => s.Methods)
            .Where(m => PersonalData.CanHold(m.OutputType)).Select(m => m.FullName).ToList();

        Assert.Empty(returning.Except(covered).Except(AnswerTheirWriter));
        Assert.Empty(covered.Concat(AnswerTheirWriter).Except(returning));
        Assert.Contains("mc2cm.gateway.v1.OverviewService.GetCityOverview", returning);
    }

    [Fact]
    public void No_integration_event_carries_a_person()
    {
        var events = typeof(IIntegrationEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IIntegrationEvent).IsAssignableFrom(t)).ToList();
        var personal = events.SelectMany(e => Properties(e, [])).Where(p => PersonalPropertyName().IsMatch(p)).ToList();

        Assert.NotEmpty(events);
        Assert.True(personal.Count == 0, $"Events carrying a person: {string.Join(", ", personal)}");
    }

    [Theory]
    [InlineData(SharedIssuer.Coordinator, true)]
    [InlineData(SharedIssuer.TunisFocalPoint, true)]
    [InlineData(SharedIssuer.TunisExpert, true)]
    [InlineData(SharedIssuer.SfaxFocalPoint, false)]
    [InlineData(SharedIssuer.Evaluator1, false)]
    [InlineData(null, false)]
    public void A_city_shows_its_focal_points_names_and_addresses_to_its_people_and_the_coordinators_only(string? user, bool maySee)
    {
        var city = new Cities.City { Name = "cities/tunis", FocalPoints = { new Cities.FocalPoint { DisplayName = "Leila", Role = "Head of social affairs", Email = "leila@example.org" } } };

        var shown = city.Clone().WithPersonalDataFor(Principals.Of(user), "tunis");

        Assert.Equal(maySee ? city : new Cities.City { Name = "cities/tunis", FocalPoints = { new Cities.FocalPoint { Role = "Head of social affairs" } } }, shown);
    }

    [Fact]
    public void A_person_of_no_city_is_the_coordinators_to_see_only()
    {
        Assert.True(Principals.Of(SharedIssuer.Coordinator).MaySeePersonalDataOf(cityId: null));
        Assert.False(Principals.Of(SharedIssuer.TunisFocalPoint).MaySeePersonalDataOf(cityId: null));
        Assert.False(Principals.Of(SharedIssuer.TunisFocalPoint).MaySeePersonalDataOf(cityId: ""));
    }

    /// <summary>Every message of the contracts (mc2cm.*), nested ones included.</summary>
    private static IEnumerable<MessageDescriptor> Messages()
    {
        var files = typeof(Cities.City).Assembly.GetTypes()
            .Where(t => typeof(IMessage).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => ((MessageDescriptor)t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).File)
            .Where(f => f.Package.StartsWith("mc2cm.", StringComparison.Ordinal))
            .Distinct();
        return files.SelectMany(f => f.MessageTypes).SelectMany(WithNested);

        static IEnumerable<MessageDescriptor> WithNested(MessageDescriptor message) => [message, .. message.NestedTypes.SelectMany(WithNested)];
    }

    /// <summary>The properties of an event, "Type.Property", with those of the contract records it holds (in lists too).</summary>
    private static IEnumerable<string> Properties(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return [];
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).SelectMany(p =>
        {
            var held = p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments() : [p.PropertyType];
            return held.Where(t => t.Assembly == type.Assembly).SelectMany(t => Properties(t, seen)).Prepend($"{type.Name}.{p.Name}");
        });
    }
}
