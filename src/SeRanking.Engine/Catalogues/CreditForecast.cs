using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// The credits a call (or several calls) of one endpoint will spend, from the credit catalogue;
/// or, from <see cref="CreditCatalogue.Combine"/>, the total of a workflow.
/// </summary>
/// <param name="Api"><c>data</c>, <c>project</c> or <c>serpstat</c>.</param>
/// <param name="Method">The HTTP method (<c>*</c> in a total of several methods).</param>
/// <param name="Command">The endpoint, e.g. <c>backlinks/summary</c> (<c>total</c> in a total).</param>
/// <param name="Calls">How many requests.</param>
/// <param name="Units">How many billed units (targets, keywords, expected records…).</param>
/// <param name="PerRequest">Credits per request.</param>
/// <param name="PerRecord">Credits per unit.</param>
/// <param name="Credits">The forecast: <c>Calls × PerRequest + Units × PerRecord</c>, at least the per-call minimum.</param>
/// <param name="IsUpperBound">True when units are records the server may return fewer of (a requested limit), so fewer credits may be spent.</param>
/// <param name="Unit">What a unit is (<c>target</c>, <c>keyword</c>…).</param>
/// <param name="Note">Where sources disagree about this cost.</param>
public sealed record CreditForecast(
    string Api,
    string Method,
    string Command,
    long Calls,
    long Units,
    long PerRequest,
    long PerRecord,
    long Credits,
    bool IsUpperBound,
    string Unit,
    string? Note)
{
    /// <summary>The per-call minimum that applied, if any (Serpstat bills 1 line for an empty answer).</summary>
    public long MinimumPerCall { get; init; }

    /// <summary>The forecasts a total was made of; empty for a single endpoint.</summary>
    public IReadOnlyList<CreditForecast> Parts { get; init; } = Array.Empty<CreditForecast>();

    /// <summary>E.g. "backlinks/summary: 3 calls, 250 targets × 100 = 25,000 credits".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Command).Append(": ").Append(Count(Calls, "call"));

        if (Parts.Count > 0)
        {
            text.Append(" = ");
        }
        else if (PerRecord > 0 && PerRequest > 0)
        {
            text.Append(" × ").Append(Number(PerRequest)).Append(" + ")
                .Append(Count(Units, Unit)).Append(" × ").Append(Number(PerRecord)).Append(" = ");
        }
        else if (PerRecord > 0)
        {
            text.Append(", ").Append(Count(Units, Unit)).Append(" × ").Append(Number(PerRecord)).Append(" = ");
        }
        else if (PerRequest > 0)
        {
            text.Append(" × ").Append(Number(PerRequest)).Append(" = ");
        }
        else
        {
            text.Append(" = ");
        }

        text.Append(Count(Credits, "credit"));

        if (PerRequest > 0 && PerRecord == 0 && Units > 0 && Unit != "request" && Parts.Count == 0)
        {
            text.Append(" (").Append(Count(Units, Unit)).Append(')');
        }

        if (MinimumPerCall > 0 && Credits == Calls * MinimumPerCall && Credits > (Calls * PerRequest) + (Units * PerRecord))
        {
            text.Append(" (minimum ").Append(Number(MinimumPerCall)).Append(" per call)");
        }

        if (IsUpperBound)
        {
            text.Append(" (upper bound)");
        }

        return text.ToString();
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(long value, string unit) =>
        value == 1 ? $"1 {unit}" : $"{Number(value)} {unit}s";
}
