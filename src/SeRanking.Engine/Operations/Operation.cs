using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Operations;

/// <summary>
/// One operation of an API, described as data: method and path, where its parameters travel,
/// how it pages, where its rows are, what it costs (its credit-catalogue row, named exactly) and
/// whether repeating it could cost twice. The shared machinery (<see cref="OperationRunner"/>)
/// runs every operation; adding an endpoint is a description, a query and a row type.
/// </summary>
public abstract class Operation
{
    private protected Operation(ApiKind api, HttpMethod method, string path, string costRow)
        : this(api, method, path, CreditCatalogue.Exact(api, method?.Method ?? string.Empty, costRow))
    {
    }

    private protected Operation(ApiKind api, HttpMethod method, string path, CreditCost cost)
    {
        Api = api;
        Method = method ?? throw new ArgumentNullException(nameof(method));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Cost = cost ?? throw new ArgumentNullException(nameof(cost));
        CostRow = cost.Path;
        _encoding = ApiProfile.Of(api).JsonRpc ? ParameterEncoding.JsonRpc : EncodingOf(method);
    }

    /// <summary>A Project API operation, described by its form in each dialect (<see cref="ProjectRoutes"/>).</summary>
    private protected Operation(ProjectRoutes routes)
        : this(ApiKind.SeRankingProject, (routes ?? throw new ArgumentNullException(nameof(routes))).Primary.Method, routes.PrimaryPath, CreditCatalogue.Exact(ApiKind.SeRankingProject, routes.Primary.Method.Method, "*"))
    {
        Routes = routes;
    }

    private ParameterEncoding _encoding;
    private bool _encodingGiven;

    public ApiKind Api { get; }

    public HttpMethod Method { get; }

    /// <summary>Relative to the API's base URL, e.g. <c>v1/backlinks/all</c>.</summary>
    public string Path { get; }

    /// <summary>How messages name it: <c>GET /v1/backlinks/all</c>, or the JSON-RPC method.</summary>
    public string Endpoint => RpcMethod is { } rpc ? Method.Method + " " + rpc : Method.Method + " /" + Path;

    private readonly string? _rpcMethod;

    /// <summary>
    /// The JSON-RPC method (Serpstat), which the body names; null for REST operations. For an API
    /// that is JSON-RPC it defaults to the credit row's name, which is the method's name there.
    /// </summary>
    public string? RpcMethod
    {
        get => _rpcMethod ?? (Encoding == ParameterEncoding.JsonRpc ? CostRow : null);
        init => _rpcMethod = value;
    }

    /// <summary>Sent to the API's second endpoint (<see cref="ApiProfile.SecondBaseUri"/>: Serpstat's SERP crawling) instead of its base URL.</summary>
    public bool OnSecondBase { get; init; }

    /// <summary>The credit catalogue row it is billed by (<c>backlinks/all</c>), as the catalogue spells it.</summary>
    public string CostRow { get; }

    /// <summary>That row.</summary>
    public CreditCost Cost { get; }

    /// <summary>
    /// Where parameters travel: by default the query string for GET and DELETE, a JSON body
    /// otherwise (for a Project operation, by the method of the dialect in use); set it to
    /// override that in every dialect.
    /// </summary>
    public ParameterEncoding Encoding
    {
        get => _encoding;
        init
        {
            _encoding = value;
            _encodingGiven = true;
        }
    }

    /// <summary>For a Project API operation, its method and path in each dialect; null for the other APIs.</summary>
    public ProjectRoutes? Routes { get; }

    /// <summary>
    /// The method and path (a template whose <c>{id}</c> segments the query fills) of this
    /// operation for a connection of <paramref name="dialect"/>: the described ones for an API
    /// without dialects; for the Project API the dialect's own, its unified path under
    /// <c>v1/project-management/</c>.
    /// </summary>
    /// <exception cref="OperationNotInDialectException">The operation does not exist in that dialect (the message says what it needs).</exception>
    public DialectRoute RouteFor(ProjectDialect? dialect)
    {
        if (Routes is null || dialect is null)
        {
            return new DialectRoute(Method, Path);
        }

        return Routes.For(dialect.Value) ?? throw new OperationNotInDialectException(this, dialect.Value, Routes.WhyNot(dialect.Value));
    }

    /// <summary>Where the parameters of a call with <paramref name="method"/> travel, unless the descriptor says otherwise.</summary>
    internal ParameterEncoding EncodingFor(HttpMethod method) =>
        _encodingGiven || Api != ApiKind.SeRankingProject ? _encoding : EncodingOf(method);

    private static ParameterEncoding EncodingOf(HttpMethod method) =>
        method == HttpMethod.Get || method.Method == "DELETE" ? ParameterEncoding.Query : ParameterEncoding.JsonBody;

    public Paging Paging { get; init; } = Paging.None;

    public RowLocation Rows { get; init; } = RowLocation.TopLevelArray;

    public RequestSafety Safety { get; init; } = RequestSafety.Read;

    /// <summary>For operations that take many targets in one call: how many (null: one target a call).</summary>
    public int? BatchSize { get; init; }

    /// <summary>The .NET type of its rows, for tests and documentation.</summary>
    public abstract Type RowType { get; }

    /// <summary>
    /// Credits of one answered call from what it carried (<paramref name="unitsSent"/>: targets,
    /// keywords) and what it returned (<paramref name="rowsReturned"/>), by the catalogue's rule.
    /// </summary>
    public long CreditsOf(long rowsReturned, long unitsSent = 1)
    {
        var units = Cost.BilledPerResult ? rowsReturned : Cost.PerRecord > 0 ? unitsSent : 0;
        return Math.Max(Cost.PerRequest + (units * Cost.PerRecord), Cost.MinimumPerCall);
    }

    /// <summary>What <paramref name="calls"/> calls carrying or returning <paramref name="units"/> units in all cost (an upper bound for rows).</summary>
    public CreditForecast Forecast(long units, int calls = 1) => CreditCatalogue.Forecast(Cost, units, calls);

    /// <summary>
    /// What reading <paramref name="window"/> costs at most: the rows asked for (skipped ones are
    /// read and paid too where the API cannot skip) and the requests they take, each carrying
    /// <paramref name="unitsPerCall"/> billed units for operations billed on their input. Null
    /// when it cannot be bounded (every row of a list billed per row or per page).
    /// </summary>
    /// <exception cref="Errors.InvalidInputException">The window asks for more rows than the operation can answer.</exception>
    public CreditForecast? Forecast(RowWindow window, long unitsPerCall = 1)
    {
        var (rows, calls) = PagePlanner.Estimate(Paging, window);
        if (Cost.BilledPerResult)
        {
            return rows is { } count ? Forecast(count, (int)Math.Min(int.MaxValue, calls ?? 1)) : null;
        }

        if (calls is not { } requests)
        {
            return null;
        }

        var callCount = (int)Math.Min(int.MaxValue, requests);
        return Forecast(Cost.PerRecord > 0 ? unitsPerCall * callCount : 0, callCount);
    }

    public override string ToString() => Endpoint;
}

/// <summary>An operation whose query is <typeparamref name="TQuery"/> and whose rows are <typeparamref name="TRow"/>.</summary>
public sealed class Operation<TQuery, TRow> : Operation
    where TRow : class
{
    /// <param name="api">The API.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path under the base URL.</param>
    /// <param name="costRow">The credit catalogue row, exactly (<c>backlinks/all</c>).</param>
    /// <param name="rowType">Source-generated metadata of a row.</param>
    /// <param name="write">Validates the query and writes its parameters (refusing with <see cref="Errors.InvalidInputException"/>).</param>
    public Operation(ApiKind api, HttpMethod method, string path, string costRow, JsonTypeInfo<TRow> rowType, Action<TQuery, RequestWriter> write)
        : base(api, method, path, costRow)
    {
        RowTypeInfo = rowType ?? throw new ArgumentNullException(nameof(rowType));
        Write = write ?? throw new ArgumentNullException(nameof(write));
    }

    /// <summary>A Project API operation: its form in each dialect, free of credits (it counts against plan limits).</summary>
    /// <param name="routes">Method and path in each dialect where the reference knows it.</param>
    /// <param name="rowType">Source-generated metadata of a row.</param>
    /// <param name="write">Validates the query and writes its parameters; ids with <see cref="RequestWriter.AddId(string, long?)"/>.</param>
    public Operation(ProjectRoutes routes, JsonTypeInfo<TRow> rowType, Action<TQuery, RequestWriter> write)
        : base(routes)
    {
        RowTypeInfo = rowType ?? throw new ArgumentNullException(nameof(rowType));
        Write = write ?? throw new ArgumentNullException(nameof(write));
    }

    /// <summary>An operation billed by a cost row found otherwise (a path named at run time).</summary>
    internal Operation(ApiKind api, HttpMethod method, string path, CreditCost cost, JsonTypeInfo<TRow> rowType, Action<TQuery, RequestWriter> write)
        : base(api, method, path, cost)
    {
        RowTypeInfo = rowType ?? throw new ArgumentNullException(nameof(rowType));
        Write = write ?? throw new ArgumentNullException(nameof(write));
    }

    public JsonTypeInfo<TRow> RowTypeInfo { get; }

    public Action<TQuery, RequestWriter> Write { get; }

    /// <summary>Fills what the answer does not carry (target, source, mode…) into each row; the section is the array a row came from.</summary>
    public Action<TQuery, TRow, string?>? Stamp { get; init; }

    /// <summary>The target a row answers, for batched operations (matched to the targets sent).</summary>
    public Func<TRow, string?>? TargetOf { get; init; }

    /// <summary>
    /// For batched operations whose items are not domains (keywords): checks one item and returns
    /// it as sent, or refuses it with an <see cref="ArgumentException"/>. Domains, hosts and URLs
    /// (<see cref="TargetRules"/>) when not given.
    /// </summary>
    public Func<string?, string>? CheckBatchItem { get; init; }

    /// <summary>
    /// For batched operations where an item the answer leaves out simply has no data (keyword
    /// metrics): the row that stands for it. Without it, or when rows of the answer matched no
    /// item (the item may be among them, spelt otherwise), an item left out is that item's error.
    /// </summary>
    public Func<string, TRow>? RowWhenAbsent { get; init; }

    /// <summary>
    /// The billed units a query sends, for operations billed on their input (targets, keywords);
    /// one when not given.
    /// </summary>
    public Func<TQuery, long>? UnitsOf { get; init; }

    /// <summary>
    /// A billing rule the catalogue cannot express (advanced SERP results: charged on a task's
    /// first read only): the credits of an answer from the connection, the query, its last row
    /// and its row count. The catalogue's rule applies when not given.
    /// </summary>
    public Func<ApiConnection, TQuery, TRow?, int, long>? Charge { get; init; }

    /// <summary>
    /// For answers whose rows nest a keyed list that reads better as rows of its own (paid ads:
    /// one object per keyword holding its months): the rows one answered row becomes, stamped
    /// first. Paging, -First and billing still count the answer's rows; null: a row is itself.
    /// </summary>
    public Func<TRow, IEnumerable<TRow>>? Expand { get; init; }

    /// <summary>
    /// For an operation whose path the sources infer but do not confirm: the confirmed operation
    /// (same query, same rows, same price) that answers instead when the API says the path does
    /// not exist (HTTP 404, which is not billed). The connection then remembers it, and later calls
    /// go straight to this one.
    /// </summary>
    public Operation<TQuery, TRow>? WhenPathMissing { get; init; }

    /// <summary>What one answer to <paramref name="query"/> with <paramref name="rows"/> rows costs.</summary>
    internal long CreditsOf(ApiConnection connection, TQuery query, TRow? lastRow, int rows) =>
        Charge?.Invoke(connection, query, lastRow, rows) ?? CreditsOf(rows, UnitsOf?.Invoke(query) ?? 1);

    public override Type RowType => typeof(TRow);

    /// <summary>Validates <paramref name="query"/> and writes its parameters, as the request would carry them.</summary>
    public RequestWriter Prepare(TQuery query) => Prepare(query, null);

    /// <summary>
    /// As <see cref="Prepare(TQuery)"/>, for a connection of <paramref name="dialect"/> (Project
    /// API): the parameters travel as that dialect's method wants them.
    /// </summary>
    public RequestWriter Prepare(TQuery query, ProjectDialect? dialect)
    {
        var method = Routes is null ? Method : (dialect is { } known ? Routes.For(known) ?? Routes.Primary : Routes.Primary).Method;
        var writer = new RequestWriter(EncodingFor(method), RpcMethod) { Dialect = dialect };
        Write(query, writer);
        return writer;
    }
}
