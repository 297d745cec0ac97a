using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>
/// Parameters written as multipart/form-data (keywords/export): one part per value in the order
/// written, repeated names kept, the boundary in the content type and nowhere in the values,
/// query parameters still in the query, and the message's Content-Type parsed with its boundary.
/// </summary>
public class MultipartBodyTests
{
    [Fact]
    public void Each_value_is_one_part_in_the_order_written_and_the_body_ends_with_the_closing_boundary()
    {
        var writer = new RequestWriter(ParameterEncoding.MultipartFormBody);
        writer.AddToQuery("source", "us");
        writer.AddList("keywords", ["camping tent", "zelt für 2 personen", "tent; \"quoted\""], ListStyle.Brackets);
        writer.Add("sort", "volume").Add("history_from", new DateTime(2025, 1, 1));

        var boundary = writer.ContentType!["multipart/form-data; boundary=".Length..];
        var body = Encoding.UTF8.GetString(writer.RenderBody()!);

        Assert.StartsWith("multipart/form-data; boundary=", writer.ContentType, StringComparison.Ordinal);
        Assert.Equal([new("source", "us")], writer.QueryParameters.ToArray());
        var parts = body.Split("--" + boundary);
        Assert.Equal("--\r\n", parts[^1]);
        Assert.Equal(
            [
                ("keywords[]", "camping tent"),
                ("keywords[]", "zelt für 2 personen"),
                ("keywords[]", "tent; \"quoted\""),
                ("sort", "volume"),
                ("history_from", "2025-01-01"),
            ],
            parts[1..^1].Select(Part));
        Assert.DoesNotContain(boundary, string.Concat(parts[1..^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_writers_never_share_a_boundary()
    {
        var first = new RequestWriter(ParameterEncoding.MultipartFormBody).ContentType;
        var second = new RequestWriter(ParameterEncoding.MultipartFormBody).ContentType;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_message_carries_the_multipart_content_type_with_its_boundary()
    {
        var writer = new RequestWriter(ParameterEncoding.MultipartFormBody);
        writer.AddList("keywords", ["a", "b"], ListStyle.Brackets);
        var request = new ApiRequest(HttpMethod.Post, "v1/keywords/export") { JsonBody = writer.RenderBody(), BodyContentType = writer.ContentType };

        using var message = RequestMessages.Build(request, new Uri("https://api.example.test/"), DataApiKey.Parse(Guid.NewGuid().ToString()));

        Assert.Equal("multipart/form-data", message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(writer.ContentType, message.Content.Headers.ContentType.ToString());
        Assert.Contains("name=\"keywords[]\"\r\n\r\nb\r\n", await message.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_part_names_its_file_and_carries_the_text_as_given()
    {
        var writer = new RequestWriter(ParameterEncoding.MultipartFormBody);
        writer.AddFile("file", "urls.txt", "https://shop.example-store.com/a\nhttps://shop.example-store.com/b");

        var body = Encoding.UTF8.GetString(writer.RenderBody()!);

        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"urls.txt\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhttps://shop.example-store.com/a\nhttps://shop.example-store.com/b\r\n", body, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new RequestWriter(ParameterEncoding.JsonBody).AddFile("file", "urls.txt", "x"));
    }

    private static (string Name, string Value) Part(string part)
    {
        // "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue\r\n"
        var header = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var name = part[(part.IndexOf("name=\"", StringComparison.Ordinal) + 6)..part.LastIndexOf('"', header)];
        return (name, part[(header + 4)..^2]);
    }
}
