using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Validation;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Tests;

public sealed class FormErrorsTests
{
    private static readonly CurrentLanguage French = new() { Language = UiLanguage.French };

    [Fact]
    public void Field_violations_land_beside_their_fields_shared_rules_in_the_pages_language()
    {
        var errors = FormErrors.From(Refusal(
            new BadRequest.Types.FieldViolation { Field = "priority.text.en", Description = "is required.", Reason = FieldReasons.Required },
            new BadRequest.Types.FieldViolation { Field = "priority.text.fr", Description = "must be at most 300 characters (got 301).", Reason = FieldReasons.TooLong },
            new BadRequest.Types.FieldViolation { Field = "priority.evidence[2].recommendation", Description = "is not adopted." }), French)!;

        Assert.Equal([new FormMessage("Ce champ est obligatoire.", "fr")], errors.For("priority.text.en"));
        Assert.Equal([new FormMessage("300 caractères au plus.", "fr")], errors.For("priority.text.fr"));
        // A rule of one resource has no reason: the service's sentence, said to be English.
        Assert.Equal([new FormMessage("Is not adopted.", "en")], errors.For("priority.evidence[2].recommendation"));
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

    private static RpcException Refusal(params BadRequest.Types.FieldViolation[] violations) => new Google.Rpc.Status
    {
        Code = (int)Code.InvalidArgument,
        Message = "Bad input.",
        Details = { Any.Pack(new BadRequest { FieldViolations = { violations } }) },
    }.ToRpcException();
}
