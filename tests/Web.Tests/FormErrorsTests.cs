using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Tests;

public sealed class FormErrorsTests
{
    [Fact]
    public void Field_violations_land_beside_their_fields()
    {
        var refusal = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Bad input.",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "priority.text.en", Description = "is required." },
                        new BadRequest.Types.FieldViolation { Field = "priority.evidence[2].recommendation", Description = "is not adopted." },
                    },
                }),
            },
        }.ToRpcException();

        var errors = FormErrors.From(refusal, new CurrentLanguage())!;

        Assert.Equal(["Is required."], errors.For("priority.text.en").Select(m => m.Text));
        Assert.Equal(["Is not adopted."], errors.For("priority.evidence[2].recommendation").Select(m => m.Text));
        Assert.Empty(errors.General);
        Assert.Equal("priority-evidence-2-recommendation", FieldError.InputId("priority.evidence[2].recommendation"));
    }

    [Fact]
    public void A_stale_version_concerns_the_whole_form_and_a_gateway_that_is_down_is_not_the_forms_business()
    {
        var stale = FormErrors.From(new RpcException(new Grpc.Core.Status(StatusCode.Aborted, "The profile changed since you read it.")), new CurrentLanguage())!;

        // The stale notice says it in the page's language; the service's English sentence is not repeated.
        Assert.True(stale.IsStale);
        Assert.Empty(stale.General);
        Assert.Null(FormErrors.From(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "down")), new CurrentLanguage()));
    }
}
