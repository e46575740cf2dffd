using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Outcomes;
using Mc2cm.Dialogue.Registrations;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Tests.Unit;

/// <summary>The service's enums keep the numbers of their proto counterparts; documents follow the reader's language.</summary>
public sealed class MappingTests
{
    public static TheoryData<Type, Type> EnumPairs => new()
    {
        { typeof(MeetingKind), typeof(Proto.MeetingKind) },
        { typeof(MeetingFormat), typeof(Proto.MeetingFormat) },
        { typeof(MeetingState), typeof(Proto.MeetingState) },
        { typeof(WorkingMethod), typeof(Proto.WorkingMethod) },
        { typeof(DocumentKind), typeof(Proto.DocumentKind) },
        { typeof(MeetingFlagReason), typeof(Proto.MeetingFlagReason) },
        { typeof(ParticipantRole), typeof(Proto.ParticipantRole) },
        { typeof(RegistrationState), typeof(Proto.RegistrationState) },
        { typeof(Addressee), typeof(Proto.Addressee) },
    };

    [Theory]
    [MemberData(nameof(EnumPairs))]
    public void Each_domain_enum_value_has_the_number_of_the_proto_value_of_the_same_name(Type domain, Type proto)
    {
        var protoByNumber = Enum.GetValues(proto).Cast<Enum>().ToDictionary(Convert.ToInt32, v => v.ToString());
        foreach (var value in Enum.GetValues(domain).Cast<Enum>())
        {
            Assert.Equal(value.ToString(), protoByNumber[Convert.ToInt32(value)]);
        }

        Assert.Equal(protoByNumber.Count, Enum.GetValues(domain).Length + (Enum.IsDefined(domain, 0) ? 0 : 1));
    }

    [Fact]
    public void A_reader_gets_the_documents_in_their_language_and_untranslated_kinds_as_they_are()
    {
        MeetingDocument[] documents =
        [
            new(DocumentKind.Background, "en", "https://example.org/b-en.pdf", "Background"),
            new(DocumentKind.Background, "fr", "https://example.org/b-fr.pdf", "Note de cadrage"),
            new(DocumentKind.Report, "en", "https://example.org/r-en.pdf", "Report"),
        ];

        Assert.Equal(["Note de cadrage", "Report"], MeetingDocument.For(documents, "fr").Select(d => d.Title));
        Assert.Equal(["Background", "Report"], MeetingDocument.For(documents, "en").Select(d => d.Title));
        Assert.Equal(3, MeetingDocument.For(documents, null).Count());
    }
}
