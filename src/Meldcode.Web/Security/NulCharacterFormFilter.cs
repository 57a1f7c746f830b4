namespace Meldcode.Web.Security;

/// <summary>
/// Removes NUL characters (<c>%00</c>) from a posted form before anything reads it. ASP.NET Core's form reader refuses a
/// form that contains one (the request fails before any page code runs, so the user lost what they typed and saw a
/// general error). No keyboard types a NUL and it carries no meaning in Dutch text, so it is dropped and the rest of the
/// input is kept and handled as usual. Only URL-encoded forms (every form in Meldcode) are touched.
/// </summary>
internal sealed class NulCharacterFormFilter
{
    private static readonly byte[] EncodedNul = "%00"u8.ToArray();

    private readonly RequestDelegate _next;

    public NulCharacterFormFilter(RequestDelegate next)
    {
        _next = next;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, context.RequestAborted);
            var cleaned = WithoutEncodedNul(body.GetBuffer().AsSpan(0, (int)body.Length));
            request.Body = new MemoryStream(cleaned, writable: false);
            request.ContentLength = cleaned.Length;
        }

        await _next(context);
    }

    /// <summary>The form's bytes without any <c>%00</c> (in either case of hex digits: <c>%00</c> has none).</summary>
    internal static byte[] WithoutEncodedNul(ReadOnlySpan<byte> form)
    {
        if (form.IndexOf(EncodedNul) < 0)
        {
            return form.ToArray();
        }

        var result = new List<byte>(form.Length);
        while (form.Length > 0)
        {
            var at = form.IndexOf(EncodedNul);
            if (at < 0)
            {
                result.AddRange(form);
                break;
            }

            result.AddRange(form[..at]);
            form = form[(at + EncodedNul.Length)..];
        }

        return [.. result];
    }
}
