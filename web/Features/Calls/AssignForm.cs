using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Calls;

/// <summary>The evaluators a coordinator ticks for an application; the etag guards against replacing someone else's assignment unseen.</summary>
public sealed class AssignForm : FormModel
{
    public List<string> Evaluators { get; set => field = value ?? []; } = [];

    public AssignEvaluatorsRequest Request(string application)
    {
        var request = new AssignEvaluatorsRequest { Name = application, Etag = Etag ?? string.Empty };
        request.Evaluators.AddRange(Evaluators.Distinct(StringComparer.Ordinal));
        return request;
    }
}
