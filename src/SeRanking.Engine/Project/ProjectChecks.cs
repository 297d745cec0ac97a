using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project;

/// <summary>
/// The local checks and encodings every Project API query shares: ids, dates, the "0"/"1" flags
/// and the two bracket styles of id lists (the dialects differ there).
/// </summary>
public static class ProjectChecks
{
    /// <summary>An id: a whole number of at least 1 (what <c>site_id</c>, <c>site_engine_id</c>, <c>keyword_id</c> are).</summary>
    public static long Id(string name, long? value) => value switch
    {
        null => throw new InvalidInputException(name, $"-{name} is required: the id of the resource (a whole number of at least 1)."),
        < 1 => throw new InvalidInputException(name, string.Format(CultureInfo.InvariantCulture, "-{0} must be an id of at least 1; got {1}.", name, value)),
        _ => value.Value,
    };

    /// <summary>Ids: each at least 1, duplicates dropped; null when none.</summary>
    public static IReadOnlyList<long>? Ids(string name, IEnumerable<long>? values)
    {
        var list = values?.Select(value => Id(name, value)).Distinct().ToList();
        return list is { Count: > 0 } ? list : null;
    }

    /// <summary>Text of at most <paramref name="max"/> characters, trimmed; null when absent.</summary>
    public static string? Text(string name, string? value, int max, bool required = false)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw new InvalidInputException(name, $"-{name} is required and was empty.") : null;
        }

        return text!.Length > max
            ? throw new InvalidInputException(name, string.Format(CultureInfo.InvariantCulture, "-{0} has {1:N0} characters; the API takes at most {2:N0}.", name, text.Length, max))
            : text;
    }

    /// <summary>A date range: in order, and (for history) not after today.</summary>
    public static void Dates(string fromName, DateTime? from, string toName, DateTime? to, bool history = true)
    {
        Check.DateOrder(fromName, from, toName, to);
        if (history)
        {
            Check.NotFuture(fromName, from, DateTime.Today);
            Check.NotFuture(toName, to, DateTime.Today);
        }
    }

    /// <summary>
    /// An id list in the query string, as each dialect wants it: the legacy host takes PHP
    /// brackets (<c>keywords_ids[]=1&amp;keywords_ids[]=2</c>); on the unified host SE Ranking's own
    /// n8n node sends some lists indexed (<c>keywords_ids[0]=1</c>) and others with empty brackets,
    /// named per list by <paramref name="indexedWhenUnified"/>. Before the dialect is known (-WhatIf)
    /// the legacy form is shown.
    /// </summary>
    public static void AddIdList(RequestWriter writer, string name, IEnumerable<long>? ids, bool indexedWhenUnified)
    {
        var style = writer.Dialect == ProjectDialect.Unified && indexedWhenUnified ? ListStyle.Indexed : ListStyle.Brackets;
        writer.AddList(name, ids?.Select(id => id.ToString(CultureInfo.InvariantCulture)), style);
    }

    /// <summary>How messages name a project.</summary>
    public static string Project(long siteId) => "project " + siteId.ToString(CultureInfo.InvariantCulture);
}
