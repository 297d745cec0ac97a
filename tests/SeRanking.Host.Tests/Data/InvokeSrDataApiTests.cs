using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>Invoke-SrDataApi: any path, with the module's key, paging, errors and forecasts.</summary>
[Collection(InModuleHost.Name)]
public sealed class InvokeSrDataApiTests(ModuleHost host)
{
    [Fact]
    public void An_answer_comes_back_as_PowerShell_objects()
    {
        var account = host.ConnectData(credits: 12_345);

        var answer = host.Run("Invoke-SrDataApi v1/account/subscription").ThrowOnError().Output.Single();

        var info = (PSObject)answer.Properties["subscription_info"].Value;
        Assert.Equal(12_345L, info.Properties["units_left"].Value);
        Assert.Equal("active", info.Properties["status"].Value);
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public void A_path_the_module_knows_pages_as_its_operation_does_and_streams_rows()
    {
        var account = host.ConnectData();

        var rows = host.Run("Invoke-SrDataApi v1/backlinks/raw -Query @{ target = 'rows-12000.example.com' } -First 12000").ThrowOnError().Output;

        Assert.Equal(12_000, rows.Count);
        Assert.StartsWith("https://", (string)rows[0].Properties["url_from"].Value, StringComparison.Ordinal);
        Assert.Equal(12_000, account.CreditsSpent);
    }

    [Fact]
    public void A_post_sends_the_hashtable_as_json_and_writes_each_row()
    {
        var account = host.ConnectData();

        var answer = host.Run("Invoke-SrDataApi v1/backlinks/metrics -Method POST -Body @{ target = @('a-shop.com', 'b-shop.com'); mode = 'domain' }").ThrowOnError().Output.Single();

        var rows = (object[])answer.Properties["metrics"].Value;
        Assert.Equal(["a-shop.com", "b-shop.com"], rows.Cast<PSObject>().Select(r => r.Properties["target"].Value));
        var request = Assert.Single(RequestsOf(account));
        Assert.Contains("\"target\":[\"a-shop.com\",\"b-shop.com\"]", request.Body, StringComparison.Ordinal);
        Assert.Equal(200, account.CreditsSpent);
    }

    [Fact]
    public void The_apis_refusal_is_an_error_record_with_the_modules_id()
    {
        host.ConnectData();

        var run = host.Run("Invoke-SrDataApi v1/no/such/path");

        Assert.Contains(run.ErrorIds, id => id.StartsWith("ApiRefusedRequest,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_with_a_query_string_or_a_host_is_refused_before_sending()
    {
        var account = host.ConnectData();

        var run = host.Run("Invoke-SrDataApi 'v1/domain/keywords?source=us'; Invoke-SrDataApi 'https://elsewhere.example/v1/x'");

        Assert.Equal(2, run.ErrorIds.Count(id => id.StartsWith("InvalidInput,", StringComparison.Ordinal)));
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void WhatIf_gives_the_catalogues_forecast_or_says_the_cost_is_unknown()
    {
        var known = host.Run("Invoke-SrDataApi v1/backlinks/all -Query @{ target = 'example.com' } -First 500 -WhatIf").ThrowOnError();
        var unknown = host.Run("Invoke-SrDataApi v1/some/new/list -WhatIf").ThrowOnError();

        Assert.Contains("500 backlinks × 1 = 500 credits", Assert.Single(known.WhatIf), StringComparison.Ordinal);
        Assert.Contains("cost unknown", Assert.Single(unknown.WhatIf), StringComparison.Ordinal);
    }

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
