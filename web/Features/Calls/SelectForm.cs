using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Calls;

/// <summary>The applications a coordinator ticks to fund.</summary>
public sealed class SelectForm : FormModel
{
    public List<string> Applications { get; set => field = value ?? []; } = [];

    public SelectApplicationsRequest Request(string call)
    {
        var request = new SelectApplicationsRequest { Name = call };
        request.Applications.AddRange(Applications.Distinct(StringComparer.Ordinal));
        return request;
    }
}
