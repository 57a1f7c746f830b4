using System.Net;

namespace Meldcode.Web.Tests.DilemmaSessions;

/// <summary>A stream read as a browser's EventSource does, with a deadline on every event.</summary>
public sealed class EventStream : IDisposable
{
    /// <summary>How long an event may take before the test fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore, "An event stream is never stored.");
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event other than a keep-alive ping.</summary>
    public async Task<(string Event, string Data)> NextAsync()
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            string? name = null;
            var data = new List<string>();
            while (await _reader.ReadLineAsync(deadline.Token) is { } line && line.Length > 0)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line["event:".Length..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Add(line["data:".Length..].TrimStart());
                }
            }

            if (name is not null && name != "ping")
            {
                return (name, string.Join('\n', data));
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
