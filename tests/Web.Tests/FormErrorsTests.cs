using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Tests;

public sealed class FormErrorsTests
{
    private static readonly CurrentLanguage French = new() { Language = UiLanguage.French };

    [Fact]
    public void Field_violations_land_beside_their_fields_in_the_pages_language()
    {
        var violations = new FieldViolations()
            .Required("priority.text.en")
            .RequiredText("priority.text.fr", new string('a', 301), 300)
            .Add("priority.evidence[2].recommendation", "recommendations/r-1 was not adopted at any meeting.", FieldReasons.UnknownReference)
            .Add("priority.evidence[3]", "is refused by a rule this portal does not know.", "A_REASON_OF_TOMORROW");
        var errors = FormErrors.From(Assert.Throws<InvalidArgumentException>(violations.ThrowIfAny).ToStatus().ToRpcException(), French)!;

        Assert.Equal([new FormMessage("Ce champ est obligatoire.", "fr")], errors.For("priority.text.en"));
        // The limit comes from the ErrorInfo beside the violations, not from the English sentence.
        Assert.Equal([new FormMessage("300 caractères au plus.", "fr")], errors.For("priority.text.fr"));
        Assert.Equal([new FormMessage("Cet élément n’existe pas ou ne peut pas être utilisé ici.", "fr")], errors.For("priority.evidence[2].recommendation"));
        // A violation without a reason the portal knows: the service's sentence, said to be English.
        Assert.Equal([new FormMessage("Is refused by a rule this portal does not know.", "en")], errors.For("priority.evidence[3]"));
        Assert.Empty(errors.General);
        Assert.True(errors.HasFor("priority.text"));
        Assert.Equal("priority-evidence-2-recommendation", FieldError.InputId("priority.evidence[2].recommendation"));
    }

    [Fact]
    public void A_stale_version_is_its_own_case_and_a_gateway_that_is_down_is_not_the_forms_business()
    {
        var stale = FormErrors.From(new StaleWriteException("cities/tunis/profile").ToStatus().ToRpcException(), French)!;

        Assert.True(stale.IsStale);
        Assert.Empty(stale.General);
        Assert.Null(FormErrors.From(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "down")), French));
    }

    [Fact]
    public void A_role_that_may_not_write_is_told_so_in_the_pages_language()
    {
        var denied = FormErrors.From(new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "coordinators only")), French)!;

        Assert.True(denied.IsDenied);
        Assert.Equal("fr", Assert.Single(denied.General).Language);
    }

    [Fact]
    public void A_limit_without_its_value_falls_back_to_the_services_sentence()
    {
        // A service of an older version: the reason, but no ErrorInfo with the limit.
        var errors = FormErrors.From(new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Bad input.",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations = { new BadRequest.Types.FieldViolation { Field = "title", Description = "must be at most 300 characters (got 301).", Reason = FieldReasons.TooLong } },
                }),
            },
        }.ToRpcException(), French)!;

        Assert.Equal([new FormMessage("Must be at most 300 characters (got 301).", "en")], errors.For("title"));
    }

    [Fact]
    public void The_other_field_of_a_rule_is_named_by_the_forms_label()
    {
        var refusal = Assert.Throws<InvalidArgumentException>(new FieldViolations()
            .Add("meeting.end_date", "must be on or after start_date.", FieldReason.MustFollow("meeting.start_date")).ThrowIfAny).ToStatus().ToRpcException();

        var labelled = FormErrors.From(refusal, French, new Dictionary<string, string> { ["meeting.start_date"] = "Premier jour" })!;
        var unlabelled = FormErrors.From(refusal, French)!;

        Assert.Equal([new FormMessage("Ne peut pas précéder « Premier jour ».", "fr")], labelled.For("meeting.end_date"));
        Assert.Equal([new FormMessage("Ne peut pas précéder « meeting.start_date ».", "fr")], unlabelled.For("meeting.end_date"));
    }
}
