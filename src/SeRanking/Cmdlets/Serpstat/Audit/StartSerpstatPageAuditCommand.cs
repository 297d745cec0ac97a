using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>
/// Starts one-page audits (with JavaScript rendering) of pages (AuditOnePage.scan), or again of
/// audited pages with -PageId (rescan); 10 audit credits each, no lines. Returns each at once.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "SerpstatPageAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NewSet)]
[OutputType(OutputTypeNames.SerpstatAuditStart)]
public sealed class StartSerpstatPageAuditCommand : SrCmdlet
{
    private const string NewSet = "New";
    private const string AgainSet = "Again";

    /// <summary>Pages to audit (full URLs); from the pipeline by value or by a Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = NewSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Audited pages to audit again; from the pipeline by a PageId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = AgainSet)]
    [ValidateRange(0, long.MaxValue)]
    public long[] PageId { get; set; } = [];

    /// <summary>The audit's name (1 to 300 characters); the URL, or "page N", when absent.</summary>
    [Parameter]
    [ValidateLength(1, 300)]
    public string? Name { get; set; }

    /// <summary>Serpstat's user-agent code, 0 (default) to 5.</summary>
    [Parameter]
    [ValidateRange(0, 5)]
    public int UserAgent { get; set; }

    /// <summary>User name and password for pages behind HTTP authentication.</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        const string Cost = "no credits (lines): 10 audit credits (Get-SerpstatLimits -Of Audit)";
        if (ParameterSetName == AgainSet)
        {
            foreach (var id in PageId)
            {
                Write(this.CallConfirmed(SerpstatPageAuditOperations.Rescan, QueryFor(null, id), $"Audit page {id.ToString(CultureInfo.InvariantCulture)} again", Cost, id));
            }

            return;
        }

        foreach (var url in Url)
        {
            Write(this.CallConfirmed(SerpstatPageAuditOperations.Scan, QueryFor(url, null), $"Start a one-page audit of {url}", Cost, url));
        }
    }

    private void Write(System.Collections.Generic.IReadOnlyList<SerpstatAuditStart>? rows) => WriteObject(rows ?? [], enumerateCollection: true);

    private SerpstatPageAuditQuery QueryFor(string? url, long? pageId) => new()
    {
        Url = url,
        PageId = pageId,
        Name = Name,
        UserAgent = UserAgent,
        Login = Credential?.UserName,
        Password = Credential?.GetNetworkCredential().Password,
    };
}
