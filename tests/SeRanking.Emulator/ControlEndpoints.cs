using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SeRanking.Emulator;

/// <summary>
/// Endpoints under <c>/_emulator/</c> that let an out-of-process client (Pester) do what C#
/// tests do through <see cref="ApiEmulator"/>: add accounts, inject faults, read the log.
/// They are never faulted, rate-limited or logged.
/// </summary>
internal sealed class ControlEndpoints(EmulatorAccounts accounts, FaultPlan faults, RequestLog requests)
{
    public const string Prefix = "/_emulator/";

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value![Prefix.Length..].Trim('/');
        try
        {
            switch (context.Request.Method, path)
            {
                case ("GET", "accounts"):
                    var view = new AccountsView(accounts.DataAccounts, accounts.ProjectAccounts, accounts.SerpstatAccounts);
                    await WriteAsync(context, 200, view, ControlJsonContext.Default.AccountsView);
                    break;
                case ("POST", "accounts/data"):
                    var dataRequest = await ReadAsync(context, ControlJsonContext.Default.NewDataAccountRequest);
                    var data = accounts.AddData(dataRequest?.Credits ?? 1_000_000);
                    data.LicenseExpired = dataRequest?.LicenseExpired ?? false;
                    data.FundsErrorStyle = dataRequest?.FundsErrorStyle ?? InsufficientFundsStyle.Http400Description;
                    await WriteAsync(context, 200, data, ControlJsonContext.Default.DataAccount);
                    break;
                case ("POST", "accounts/project"):
                    var projectRequest = await ReadAsync(context, ControlJsonContext.Default.NewProjectAccountRequest);
                    var project = accounts.AddProject(projectRequest?.Balance ?? 412.85m);
                    project.LicenseExpired = projectRequest?.LicenseExpired ?? false;
                    await WriteAsync(context, 200, project, ControlJsonContext.Default.ProjectAccount);
                    break;
                case ("POST", "accounts/serpstat"):
                    var serpstatRequest = await ReadAsync(context, ControlJsonContext.Default.NewSerpstatAccountRequest);
                    var serpstat = accounts.AddSerpstat(serpstatRequest?.Lines ?? 500_000);
                    await WriteAsync(context, 200, serpstat, ControlJsonContext.Default.SerpstatAccount);
                    break;
                case ("GET", "faults"):
                    await WriteAsync(context, 200, new FaultsView(faults.Pending), ControlJsonContext.Default.FaultsView);
                    break;
                case ("POST", "faults"):
                    var fault = await ReadAsync(context, ControlJsonContext.Default.FaultRequest)
                        ?? throw new JsonException("The body must be a fault, e.g. {\"kind\":\"Status\",\"status\":503}.");
                    faults.Add(fault.ToFault());
                    await WriteAsync(context, 200, new FaultsView(faults.Pending), ControlJsonContext.Default.FaultsView);
                    break;
                case ("DELETE", "faults"):
                    faults.Clear();
                    await WriteAsync(context, 200, new FaultsView(faults.Pending), ControlJsonContext.Default.FaultsView);
                    break;
                case ("GET", "requests"):
                    await WriteAsync(context, 200, requests.Snapshot(), ControlJsonContext.Default.IReadOnlyListLoggedRequest);
                    break;
                case ("DELETE", "requests"):
                    requests.Clear();
                    await WriteAsync(context, 200, new ControlMessage("Request log cleared."), ControlJsonContext.Default.ControlMessage);
                    break;
                default:
                    await WriteAsync(context, 404, new ControlMessage($"No control endpoint {context.Request.Method} {Prefix}{path}."), ControlJsonContext.Default.ControlMessage);
                    break;
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            await WriteAsync(context, 400, new ControlMessage(e.Message), ControlJsonContext.Default.ControlMessage);
        }
    }

    /// <summary>The body as <typeparamref name="T"/>; null when the body is empty, so every field takes its default.</summary>
    private static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        return string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize(text, typeInfo);
    }

    private static Task WriteAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(value, typeInfo, contentType: null, context.RequestAborted);
    }
}
