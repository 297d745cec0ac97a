using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>Sets a keyword's position on a date by hand (free): 1–200, or 0 for not found.</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectPosition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectPosition)]
public sealed class SetSrProjectPositionCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The keyword; from the pipeline by a KeywordId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long KeywordId { get; set; }

    /// <summary>The project's search engine; from the pipeline by a SiteEngineId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteEngineId { get; set; }

    /// <summary>The day the position stands for (not after today).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public DateTime Date { get; set; }

    /// <summary>The position: 1–200, or 0 for not found.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, 200)]
    public int Position { get; set; }

    /// <summary>Write the position as it reads back afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectPositionSetQuery { SiteId = SiteId, KeywordId = KeywordId, SiteEngineId = SiteEngineId, Date = Date, Position = Position };
        if (this.ConfirmProjectChange(ProjectPositionOperations.SetPosition, query, $"Set position {Position} for"))
        {
            var passThru = PassThru.IsPresent;
            var rows = this.CallProject(
                async (connection, trace, token) =>
                {
                    _ = await connection.SendAsync(ProjectPositionOperations.SetPosition, query, trace, token).ConfigureAwait(false);
                    return passThru ? await connection.PositionOnAsync(query, trace, token).ConfigureAwait(false) : null;
                },
                KeywordId);
            if (rows is not null)
            {
                WriteObject(rows, enumerateCollection: true);
            }
        }
    }
}
