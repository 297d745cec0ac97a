using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>Lists the account's sub-accounts (paged, 100 a request), or reads the ones given with their access and limits (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrSubAccount", DefaultParameterSetName = ListSet)]
[OutputType(OutputTypeNames.SubAccount)]
public sealed class GetSrSubAccountCommand : SrCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Sub-accounts by id, with their settings, access and limits; from the pipeline by value or by a UserId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("user_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] UserId { get; set; } = [];

    /// <summary>Only sub-accounts whose e-mail or name matches one of these patterns (wildcards, matched here).</summary>
    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (ParameterSetName == IdSet)
        {
            foreach (var id in UserId)
            {
                this.StreamRows(SubAccountOperations.Get, new SubAccountQuery { UserId = id }, RowWindow.Everything, "sub-account " + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return;
        }

        var patterns = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(Name ?? [], pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)));
        this.StreamRows(
            SubAccountOperations.List,
            NoQuery.Value,
            RowWindow.Everything,
            "the sub-accounts",
            row => patterns.Count == 0 || patterns.Exists(pattern => pattern.IsMatch(row.Email ?? string.Empty) || pattern.IsMatch(((row.FirstName ?? string.Empty) + " " + (row.LastName ?? string.Empty)).Trim())));
    }
}
