using System;
using System.Collections.Generic;
using System.Linq;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// Where the rows of an answer are: the whole document as one row, a top-level array, or the
/// arrays under named properties (reached through a path of objects, as Serpstat's
/// <c>result.data</c>). Several sources leave the wrapper key of a list unconfirmed, so a
/// location can also accept the first array it meets instead of the names it expects.
/// </summary>
public sealed class RowLocation
{
    private RowLocation(bool wholeDocument, IReadOnlyList<string> path, IReadOnlyList<string> names, bool anyArray, bool everyNamedArray, bool singleObject = false, bool documentIfNoArray = false, bool objectValues = false, bool allowsEmpty = false, string? nestedArray = null, string? sectionKey = null)
    {
        ObjectValues = objectValues;
        AllowsEmpty = allowsEmpty;
        NestedArray = nestedArray;
        SectionKey = sectionKey;
        DocumentIfNoArray = documentIfNoArray;
        SingleObject = singleObject;
        WholeDocument = wholeDocument;
        Path = path;
        Names = names;
        AcceptsAnyArray = anyArray;
        EveryNamedArray = everyNamedArray;
    }

    /// <summary>The document is one row (an object such as <c>{"organic": {...}, "adv": {...}}</c>).</summary>
    public static RowLocation Document { get; } = new(true, [], [], false, false);

    /// <summary>The document is an array of rows; an object holding one array is accepted too.</summary>
    public static RowLocation TopLevelArray { get; } = new(false, [], [], true, false);

    /// <summary>
    /// The array under the first of <paramref name="names"/> that the answer has; when it has none
    /// of them, its first array (a top-level array included), since wrapper keys are unconfirmed.
    /// </summary>
    public static RowLocation InProperty(params string[] names) => new(false, [], Checked(names), true, false);

    /// <summary>The array under exactly one of <paramref name="names"/>; another array is not rows.</summary>
    public static RowLocation InPropertyOnly(params string[] names) => new(false, [], Checked(names), false, false);

    /// <summary>
    /// The rows of every array named, in the order they come, each row told its array's name; a
    /// named object instead of an array is that section's one row.
    /// </summary>
    public static RowLocation Sections(params string[] names) => new(false, [], Checked(names), false, true);

    /// <summary>The object under <paramref name="name"/> is the one row (<c>{"subscription_info": {...}}</c>).</summary>
    public static RowLocation ObjectIn(string name) => new(false, [], Checked([name]), false, false, singleObject: true);

    /// <summary>
    /// The values of the object under <paramref name="name"/> are the rows, each told its key as its
    /// section (<c>{"data": {"nike.com": {...}, "adidas.com": {...}}}</c>); an array there is rows too.
    /// </summary>
    public static RowLocation ValuesOf(string name) => new(false, [], Checked([name]), false, false, objectValues: true);

    /// <summary>
    /// For small answers of unconfirmed shape: the rows of the first array (preferring
    /// <paramref name="names"/>), or the whole document as one row when it holds no array.
    /// </summary>
    public static RowLocation ArrayOrDocument(params string[] names) => new(false, [], names ?? [], true, false, documentIfNoArray: true);

    /// <summary>
    /// The object at the location's path (<c>.Under("result")</c>) is the one row, whatever arrays
    /// it holds (Serpstat's task answers: <c>{"taskId": "…", "blocked": [...]}</c>); nothing there,
    /// or a value that is not an object (<c>"result": true</c>), is no row.
    /// </summary>
    public static RowLocation ObjectAtPath { get; } = new(false, [], [], false, false, documentIfNoArray: true);

    /// <summary>
    /// An answer that may carry nothing at all (HTTP 204 or an empty body, as Project API updates
    /// and deletes may): no row; any JSON document is the one row (an acknowledgement, a new id).
    /// </summary>
    public static RowLocation Acknowledgement { get; } = new(true, [], [], false, false, allowsEmpty: true);

    /// <summary>
    /// The rows of the array <paramref name="arrayName"/> inside each object of a top-level array,
    /// each told, as its section, the text of its object's <paramref name="sectionKey"/> member
    /// (which comes before the array): the Project API's positions, one block of keywords per
    /// search engine (<c>[{"site_engine_id": 1, "keywords": [...]}]</c>). Read as it arrives, one
    /// row at a time, however many blocks and rows.
    /// </summary>
    public static RowLocation InEachElement(string arrayName, string sectionKey) =>
        new(false, [], Checked([arrayName]), false, false, nestedArray: arrayName, sectionKey: Checked([sectionKey])[0]);

    /// <summary>The same names, reached through the objects of <paramref name="path"/> (e.g. <c>result</c>).</summary>
    public RowLocation Under(params string[] path) => new(WholeDocument, Checked(path), Names, AcceptsAnyArray, EveryNamedArray, SingleObject, DocumentIfNoArray, ObjectValues, AllowsEmpty, NestedArray, SectionKey);

    /// <summary>Whether the named object's values are the rows (keyed by their section), rather than the object itself.</summary>
    public bool ObjectValues { get; }

    /// <summary>Whether an empty body (or HTTP 204) is an answer with no row rather than a cut-off one.</summary>
    public bool AllowsEmpty { get; }

    /// <summary>For <see cref="InEachElement"/>: the array of rows inside each element of the top-level array.</summary>
    public string? NestedArray { get; }

    /// <summary>For <see cref="InEachElement"/>: the member of each element whose text is its rows' section.</summary>
    public string? SectionKey { get; }

    /// <summary>Whether a document with no array is itself the row (read whole: for small answers only).</summary>
    public bool DocumentIfNoArray { get; }

    /// <summary>Whether the named property holds one object that is the row, rather than an array of rows.</summary>
    public bool SingleObject { get; }

    public bool WholeDocument { get; }

    /// <summary>The objects to go through before the rows' object.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>The property names that hold rows, in order of preference.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether the first array met is rows when no named one is there.</summary>
    public bool AcceptsAnyArray { get; }

    /// <summary>Whether every named array holds rows (sections), rather than the first one found.</summary>
    public bool EveryNamedArray { get; }

    public override string ToString() =>
        NestedArray is { } nested ? $"[*].{nested}"
        : WholeDocument ? "the document"
        : Names.Count == 0 ? "a top-level array"
        : string.Join(".", Path.Concat([Names.Count == 1 ? Names[0] : "{" + string.Join("|", Names) + "}"]));

    private static string[] Checked(string[] names)
    {
        if (names is null || names.Length == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one property name, none empty.", nameof(names));
        }

        return names;
    }
}
