using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The keyword-research cmdlets in a real runspace against the emulator, as a user runs them.</summary>
[Collection(InModuleHost.Name)]
public sealed class KeywordCmdletTests(ModuleHost host)
{
    [Fact]
    public void Keyword_metrics_export_to_csv_with_flat_columns_and_a_readable_history()
    {
        host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"keywords-{Guid.NewGuid():N}.csv");
        try
        {
            host.Run("'camping tent', 'nodata-zzz' | Get-SrKeywordMetric -Source us | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(3, lines.Length);
            Assert.Equal("\"Keyword\",\"Source\",\"IsDataFound\",\"Volume\",\"Cpc\",\"Competition\",\"Difficulty\",\"Intents\",\"HistoryTrend\",\"AdditionalFields\"", lines[0]);
            Assert.Matches("^\"camping tent\",\"us\",\"True\",.*\"(\\d{4}-\\d{2}: [\\d,]+; ){11}\\d{4}-\\d{2}: [\\d,]+\",$", lines[1]);
            Assert.StartsWith("\"nodata-zzz\",\"us\",\"False\",\"0\"", lines[2], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Ideas_pipe_into_metrics_by_their_Keyword_column_in_one_call()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrKeywordIdea -Keyword 'camping tent' -Source us -First 3 | Get-SrKeywordMetric -Source us").ThrowOnError();

        Assert.Equal(["camping tent", "camping tent 1", "camping tent 2"], run.Output.Select(o => o.Properties["Keyword"].Value));
        Assert.Equal(["v1/keywords/similar", "v1/keywords/export"], RequestsOf(account).Select(r => r.Path));
        Assert.Equal(30 + 100, account.CreditsSpent);
    }

    [Fact]
    public void Ideas_bind_to_New_SrSerpTask_through_its_Keyword_alias()
    {
        host.ConnectData();

        var run = host.Run("Get-SrKeywordIdea 'camping tent' -Source us -First 2 -Type Question | New-SrSerpTask -LocationId 2840 -LanguageCode en -WhatIf").ThrowOnError();

        var line = Assert.Single(run.WhatIf);
        Assert.Contains("for how to choose camping tent 0, what is the best camping tent 1:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_forecasts_the_batches_and_the_idea_pages_and_sends_nothing()
    {
        var account = host.ConnectData();

        var metrics = host.Run("1..5001 | ForEach-Object { \"keyword $_\" } | Get-SrKeywordMetric -Source us, de -WhatIf").ThrowOnError();
        var ideas = host.Run("Get-SrKeywordIdea 'camping tent' -Source us -First 250 -WhatIf; Get-SrKeywordIdea 'camping tent' -Source us -All -WhatIf").ThrowOnError();

        Assert.Equal(4, metrics.WhatIf.Count());
        Assert.Contains(metrics.WhatIf, line => line.Contains("('de' database)", StringComparison.Ordinal) && line.Contains("1 call × 100 = 100 credits (5,000 keywords)", StringComparison.Ordinal));
        Assert.Contains(metrics.WhatIf, line => line.Contains("for keyword 5001: ", StringComparison.Ordinal));
        Assert.Contains("250 rows: keywords/similar: 1 call, 250 keywords × 10 = 2,500 credits (upper bound)", ideas.WhatIf.First(), StringComparison.Ordinal);
        Assert.Contains("10 credits per keyword; how many rows come", ideas.WhatIf.Last(), StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_bad_keyword_is_that_inputs_error_and_the_others_still_get_their_rows()
    {
        var account = host.ConnectData();

        var run = host.Run("'tent', '   ', ('x' * 300), 'boots' | Get-SrKeywordMetric -Source us; \"two`nlines\", 'tent' | Get-SrKeywordIdea -Source us -First 2");

        Assert.Equal(["tent", "boots", "tent", "tent 1"], run.Output.Select(o => o.Properties["Keyword"].Value));
        Assert.Equal(3, run.ErrorIds.Count(id => id.StartsWith("InvalidInput,", StringComparison.Ordinal)));
        Assert.Equal(2, RequestsOf(account).Count);
    }

    [Fact]
    public void Several_databases_give_rows_with_their_Source_and_by_month_one_row_per_month()
    {
        host.ConnectData();

        var rows = host.Run("'camping tent' | Get-SrKeywordMetric -Source us, de").ThrowOnError().Output;
        var months = host.Run("'camping tent', 'boots' | Get-SrKeywordMetric -Source uk -ByMonth -HistoryFrom 2025-01-01 -HistoryTo 2025-06-30 -Column volume").ThrowOnError().Output;
        var ideas = host.Run("Get-SrKeywordIdea 'tent' -Source us, fr -First 2").ThrowOnError().Output;

        Assert.Equal(["us", "de"], rows.Select(o => o.Properties["Source"].Value));
        Assert.Equal(12, months.Count);
        Assert.Equal("SeRanking.Engine.Data.Keywords.KeywordMonthlyVolume", months[0].BaseObject.GetType().FullName);
        Assert.Equal(new DateTime(2025, 6, 1), months[5].Properties["Month"].Value);
        Assert.Equal(Enumerable.Repeat("camping tent", 6).Concat(Enumerable.Repeat("boots", 6)), months.Select(o => o.Properties["Keyword"].Value));
        Assert.Equal(["us", "us", "fr", "fr"], ideas.Select(o => o.Properties["Source"].Value));
    }

    [Fact]
    public void IncludeTotalCount_reports_the_total_the_api_announces_before_the_rows()
    {
        host.ConnectData();

        var run = host.Run("$all = @(Get-SrKeywordIdea 'rows-321 tent' -Source us -First 5 -Type Longtail -IncludeTotalCount); $all.Count; [string]$all[0]; @($all[1..5] | Where-Object { $null -eq $_.Volume -and $_.Keyword }).Count").ThrowOnError();

        Assert.Equal(["6", "321", "5"], run.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void A_bad_history_window_stops_the_command_before_any_input_is_read()
    {
        var account = host.ConnectData();

        var run = host.Run("'tent', 'boots' | Get-SrKeywordMetric -Source us -HistoryFrom 2024-01-01 -HistoryTo 2025-06-01; 'after'");

        // One error for the command, not one per keyword; the script goes on after the statement.
        Assert.Equal(["InvalidInput,SeRanking.Cmdlets.Data.Keywords.GetSrKeywordMetricCommand"], run.ErrorIds);
        Assert.Contains("spans 18 months", run.Errors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Equal(["after"], run.Output.Select(o => o.ToString()));
        Assert.Empty(RequestsOf(account));
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
