using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.Tests.Support;
using Meldcode.Web.Security.OpenIdConnect;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meldcode.Web.Tests.OpenIdConnect;

/// <summary>Signing in through the organisation's OpenID Connect provider, end to end through the app, with the provider on a stubbed back channel.</summary>
public sealed class OrganisationSignInTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();
    private MeldcodeFactory? _factory;

    private FakeIdentityProvider Provider => Factory().IdentityProvider;

    private string Logs => string.Join(Environment.NewLine, _logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    [Fact]
    public async Task Starting_to_sign_in_sends_the_browser_to_the_providers_authorization_endpoint_with_code_flow_PKCE_state_and_nonce()
    {
        using var client = Factory().CreateBrowser();

        using var response = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(FakeIdentityProvider.AuthorizationEndpoint.AbsoluteUri, location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(FakeIdentityProvider.ClientId, query["client_id"]);
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.True(query["nonce"].ToString().Length >= 43);
        Assert.Equal(["openid", "profile", "email"], query["scope"].ToString().Split(' '));
        Assert.False(query.ContainsKey("acr_values"));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Equal(2, cookies.Count); // the handler's one-time correlation and nonce cookies
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Every_sign_in_attempt_gets_its_own_nonce_and_state()
    {
        using var client = Factory().CreateBrowser();

        var first = await AuthorizationRequestAsync(client);
        var second = await AuthorizationRequestAsync(client);

        Assert.NotEqual(Query(first)["nonce"], Query(second)["nonce"]);
        Assert.NotEqual(Query(first)["state"], Query(second)["state"]);
        Assert.NotEqual(Query(first)["code_challenge"], Query(second)["code_challenge"]);
    }

    [Fact]
    public async Task A_successful_sign_in_starts_a_Meldcode_session_for_the_linked_user()
    {
        using var client = Factory().CreateBrowser();

        using var callback = await SignInAtProviderAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        Assert.Contains(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        var start = await client.GetPageAsync("/");
        Assert.Equal("Welkom, Sanne de Vries", start.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task After_signing_in_the_user_returns_to_the_page_they_asked_for_but_never_to_another_site()
    {
        using var first = Factory().CreateBrowser();
        using var second = Factory().CreateBrowser();

        using var local = await SignInAtProviderAsync(first, start: "/inloggen?terug=%2Facuut-gevaar");
        using var hostile = await SignInAtProviderAsync(second, start: "/inloggen?terug=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/acuut-gevaar", local.Headers.Location!.OriginalString);
        Assert.Equal("/", hostile.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Neither_tokens_nor_codes_nor_names_nor_email_addresses_end_up_in_the_logs()
    {
        using var client = Factory().CreateBrowser();
        var authorization = await AuthorizationRequestAsync(client);
        var callback = Provider.Approve(authorization);

        using var response = await client.GetAsync(new Uri(callback, UriKind.Relative));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var logs = Logs;
        Assert.Contains("Signed in through the identity provider.", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Assert.Single(Provider.IssuedIdTokens).Split('.')[1], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(QueryHelpers.ParseQuery(new Uri("https://localhost" + callback).Query)["code"].ToString(), logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Query(authorization)["nonce"].ToString(), logs, StringComparison.Ordinal);
        Assert.DoesNotContain("sanne.devries@esdoorn.example", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne de Vries", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_with_a_forged_state_gives_no_session()
    {
        using var client = Factory().CreateBrowser();

        using var response = await client.GetAsync(new Uri("/signin-oidc?code=stolen-code&state=forged-state", UriKind.Relative));

        AssertRefused(response, OrganisationSignIn.FailedPath);
        await AssertSignedOutAsync(client);
        Assert.Contains("state-invalid", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_replayed_in_another_browser_without_its_correlation_cookie_gives_no_session()
    {
        using var victim = Factory().CreateBrowser();
        using var attacker = Factory().CreateBrowser();
        var callback = Provider.Approve(await AuthorizationRequestAsync(victim));

        using var response = await attacker.GetAsync(new Uri(callback, UriKind.Relative));

        AssertRefused(response, OrganisationSignIn.FailedPath);
        await AssertSignedOutAsync(attacker);
        Assert.Contains("correlation-failed", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_used_once_cannot_be_used_again()
    {
        using var client = Factory().CreateBrowser();
        var callback = Provider.Approve(await AuthorizationRequestAsync(client));
        using (var first = await client.GetAsync(new Uri(callback, UriKind.Relative)))
        {
            Assert.Equal("/", first.Headers.Location!.OriginalString);
        }

        using var again = await client.GetAsync(new Uri(callback, UriKind.Relative));

        AssertRefused(again, OrganisationSignIn.FailedPath);
    }

    [Fact]
    public async Task An_ID_token_with_another_attempts_nonce_is_refused_on_the_Dutch_page()
    {
        using var client = Factory().CreateBrowser();

        using var response = await SignInAtProviderAsync(client, claims: c => c["nonce"] = "nonce-of-another-attempt");

        AssertRefused(response, OrganisationSignIn.FailedPath);
        var page = await client.GetPageAsync(OrganisationSignIn.FailedPath, HttpStatusCode.BadRequest);
        Assert.Equal("Inloggen lukt nu niet", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("id-token:NonceMismatch", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ID_token_signed_with_a_key_the_provider_does_not_publish_is_refused()
    {
        using var client = Factory().CreateBrowser();
        using var stranger = System.Security.Cryptography.RSA.Create(2048);
        Provider.KeySet = TestJwt.KeySet(TestJwt.Jwk(stranger, FakeIdentityProvider.SigningKeyId));
        var callback = Provider.Approve(await AuthorizationRequestAsync(client));

        using var response = await client.GetAsync(new Uri(callback, UriKind.Relative));

        AssertRefused(response, OrganisationSignIn.FailedPath);
        Assert.Contains("id-token:BadSignature", Logs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("none")]
    [InlineData("RS384")]
    public async Task An_ID_token_signed_with_a_shared_secret_another_algorithm_or_not_at_all_is_refused(string algorithm)
    {
        using var client = Factory().CreateBrowser();
        Provider.SignIdToken = claims => algorithm switch
        {
            "none" => TestJwt.Sign(TestJwt.Header("none", null), claims, _ => []),
            "RS384" => TestJwt.Sign(TestJwt.Header(algorithm, FakeIdentityProvider.SigningKeyId), claims, input => Provider.SigningKey.SignData(input, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1)),
            _ => TestJwt.Sign(TestJwt.Header(algorithm, FakeIdentityProvider.SigningKeyId), claims, input => HMACSHA256.HashData(Encoding.UTF8.GetBytes(FakeIdentityProvider.ClientSecret), input)),
        };

        using var response = await SignInAtProviderAsync(client);

        AssertRefused(response, OrganisationSignIn.FailedPath);
        Assert.Contains("Sign-in through the identity provider failed: id-token:", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ID_token_signed_with_ES256_by_a_key_the_provider_publishes_is_accepted()
    {
        using var client = Factory().CreateBrowser();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Provider.KeySet = TestJwt.KeySet(TestJwt.Jwk(key, "ec-1"));
        Provider.SignIdToken = claims => TestJwt.SignEs256(key, "ec-1", claims);

        using var response = await SignInAtProviderAsync(client);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task When_the_provider_goes_down_before_the_code_is_redeemed_the_callback_ends_on_the_Dutch_page_with_503()
    {
        using var client = Factory().CreateBrowser();
        var callback = Provider.Approve(await AuthorizationRequestAsync(client));
        Provider.IsDown = true;

        using var response = await client.GetAsync(new Uri(callback, UriKind.Relative));

        AssertRefused(response, "/inloggen/mislukt?reden=onbereikbaar");
        await client.GetPageAsync(response.Headers.Location!.OriginalString, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task With_client_secret_basic_the_code_is_redeemed_with_the_client_credentials_in_an_HTTP_Basic_header()
    {
        using var client = Factory(f => f.WithSetting("Authentication:Oidc:TokenEndpointAuthMethod", "client_secret_basic")).CreateBrowser();
        Provider.TakesClientSecretBasic = true;

        using var response = await SignInAtProviderAsync(client);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var start = await client.GetPageAsync("/");
        Assert.Equal("Welkom, Sanne de Vries", start.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("client_secret_post")]
    [InlineData("client_secret_basic")]
    public async Task A_token_endpoint_that_answers_with_an_HTML_page_ends_on_the_Dutch_page(string method)
    {
        using var client = Factory(f => f.WithSetting("Authentication:Oidc:TokenEndpointAuthMethod", method)).CreateBrowser();
        Provider.TakesClientSecretBasic = method == "client_secret_basic";
        Provider.TokenEndpointAnswersHtml = true;

        using var response = await SignInAtProviderAsync(client);

        AssertRefused(response, OrganisationSignIn.FailedPath);
    }

    [Fact]
    public async Task A_provider_that_takes_only_client_secret_basic_refuses_the_default_client_secret_post()
    {
        using var client = Factory().CreateBrowser();
        Provider.TakesClientSecretBasic = true;

        using var response = await SignInAtProviderAsync(client);

        AssertRefused(response, OrganisationSignIn.FailedPath);
        Assert.Contains("token-endpoint:invalid_client", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_from_the_token_endpoint_ends_on_the_Dutch_page_without_the_providers_message()
    {
        using var client = Factory().CreateBrowser();
        Provider.TokenError = "invalid_grant";

        using var response = await SignInAtProviderAsync(client);

        AssertRefused(response, OrganisationSignIn.FailedPath);
        var page = await client.GetPageAsync(OrganisationSignIn.FailedPath, HttpStatusCode.BadRequest);
        Assert.DoesNotContain("blocked", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("token-endpoint:invalid_grant", Logs, StringComparison.Ordinal);
        Assert.DoesNotContain("sanne.devries@esdoorn.example", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_returned_on_the_callback_is_logged_by_its_code_only()
    {
        using var client = Factory().CreateBrowser();
        var state = Query(await AuthorizationRequestAsync(client))["state"].ToString();
        var callback = QueryHelpers.AddQueryString("/signin-oidc", new Dictionary<string, string?>
        {
            ["error"] = "unauthorized_client",
            ["error_description"] = "The signed in user sanne.devries@esdoorn.example is not assigned to a role for the application.",
            ["state"] = state,
        });

        using var response = await client.GetAsync(new Uri(callback, UriKind.Relative));

        AssertRefused(response, OrganisationSignIn.FailedPath);
        Assert.Contains("provider-error:unauthorized_client", Logs, StringComparison.Ordinal);
        Assert.DoesNotContain("sanne.devries@esdoorn.example", Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_provider_is_down_signing_in_ends_on_the_Dutch_page_with_503_and_no_details()
    {
        using var client = Factory().CreateBrowser();
        Provider.IsDown = true;

        using var response = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString, HttpStatusCode.ServiceUnavailable);

        Assert.Equal("/inloggen/mislukt?reden=onbereikbaar", response.Headers.Location!.OriginalString);
        Assert.Equal("Inloggen lukt nu niet", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("niet bereikbaar", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("idp.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_provider_being_down_does_not_stop_the_app_from_serving_other_pages()
    {
        Factory().IdentityProvider.IsDown = true;
        using var client = Factory().CreateBrowser();

        var page = await client.GetPageAsync("/acuut-gevaar");

        Assert.NotNull(page.QuerySelector("h1"));
        Assert.Equal(0, Provider.DiscoveryRequests);
    }

    [Fact]
    public async Task When_multi_factor_is_required_a_sign_in_without_it_is_refused_on_its_own_page()
    {
        using var client = Factory(f => f.WithSetting("Authentication:Oidc:RequireMfa", "true")).CreateBrowser();

        using var response = await SignInAtProviderAsync(client, claims: c => c["amr"] = new JsonArray("pwd"));

        AssertRefused(response, OrganisationSignIn.MfaRequiredPath);
        var page = await client.GetPageAsync(OrganisationSignIn.MfaRequiredPath, HttpStatusCode.Forbidden);
        Assert.Equal("Inloggen met een extra stap", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task When_multi_factor_is_required_a_sign_in_with_password_and_one_time_code_is_let_in()
    {
        using var client = Factory(f => f.WithSetting("Authentication:Oidc:RequireMfa", "true")).CreateBrowser();

        using var response = await SignInAtProviderAsync(client, claims: c => c["amr"] = new JsonArray("pwd", "otp"));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        await client.GetPageAsync("/");
    }

    [Fact]
    public async Task Configured_acr_values_are_asked_for_and_accepted_as_multi_factor()
    {
        using var client = Factory(f => f.WithSetting("Authentication:Oidc:RequireMfa", "true").WithSetting("Authentication:Oidc:MfaAcrValues:0", "urn:example:mfa")).CreateBrowser();

        var authorization = await AuthorizationRequestAsync(client);
        using var response = await client.GetAsync(new Uri(Provider.Approve(authorization, claims: c => c["acr"] = "urn:example:mfa"), UriKind.Relative));

        Assert.Equal("urn:example:mfa", Query(authorization)["acr_values"]);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_sends_the_browser_to_the_providers_end_session_endpoint_with_the_ID_token_as_hint()
    {
        using var client = Factory().CreateBrowser();
        (await SignInAtProviderAsync(client)).Dispose();
        var confirmation = await client.GetPageAsync("/uitloggen");

        using var response = await client.SubmitAsync(confirmation, "/uitloggen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Meldcode=;", StringComparison.Ordinal));
        var page = await Browser.ParseAsync(response);
        var link = page.QuerySelector<IHtmlAnchorElement>("#uitloggen-organisatie")!.Href;
        Assert.Equal(FakeIdentityProvider.EndSessionEndpoint.AbsoluteUri, new Uri(link).GetLeftPart(UriPartial.Path));
        var query = Query(new Uri(link));
        Assert.Equal(Assert.Single(Provider.IssuedIdTokens), query["id_token_hint"]);
        Assert.Equal("https://localhost/signout-callback-oidc", query["post_logout_redirect_uri"]);
        Assert.Equal(FakeIdentityProvider.ClientId, query["client_id"]);
        Assert.Equal($"0;url={link}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("header form"));
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Back_from_signing_out_at_the_provider_the_user_sees_that_they_are_signed_out_and_is_not_signed_in_again()
    {
        using var client = Factory().CreateBrowser();

        using var back = await client.GetAsync(new Uri("/signout-callback-oidc", UriKind.Relative));
        var page = await client.GetPageAsync(back.Headers.Location!.OriginalString);

        Assert.Equal("/inloggen?uitgelogd=true", back.Headers.Location!.OriginalString);
        Assert.Contains("Je bent uitgelogd.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/inloggen", page.QuerySelector<IHtmlAnchorElement>("main a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_an_end_session_endpoint_signing_out_ends_the_session_here_only()
    {
        using var client = Factory().CreateBrowser();
        Provider.AdvertisesEndSession = false;
        (await SignInAtProviderAsync(client)).Dispose();
        var confirmation = await client.GetPageAsync("/uitloggen");

        using var response = await client.SubmitAsync(confirmation, "/uitloggen");

        Assert.Equal(OrganisationSignIn.SignedOutPath, response.Headers.Location!.OriginalString);
        await AssertSignedOutAsync(client);
    }

    [Theory]
    [InlineData("/inloggen")]
    [InlineData("/signin-oidc?code=x&state=y")]
    public async Task Too_many_sign_in_starts_or_callbacks_from_one_address_get_429_with_Retry_After(string url)
    {
        await AssertRateLimitedAsync(url, url);
    }

    [Fact]
    public async Task A_trailing_slash_does_not_open_a_second_allowance_of_sign_in_starts()
    {
        await AssertRateLimitedAsync("/inloggen", "/inloggen/");
    }

    private async Task AssertRateLimitedAsync(string url, string again)
    {
        using var client = Factory(f => f.WithSetting("Authentication:SignInRateLimit:PermitLimit", "3")).CreateBrowser();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri(again, UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("Te veel pogingen", (await Browser.ParseAsync(refused)).QuerySelector("h1")!.TextContent);
        using var otherPage = await client.GetAsync(new Uri("/acuut-gevaar", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _logs.Dispose();
    }

    private MeldcodeFactory Factory(Action<MeldcodeFactory>? configure = null)
    {
        if (_factory is null)
        {
            _factory = new MeldcodeFactory()
                .WithIdentityProvider()
                .WithServices(services => services.AddSingleton<ILoggerProvider>(_logs));
            configure?.Invoke(_factory);
            _factory.CatchUpWithRealTime();
            _factory.LinkToProvider("Sanne de Vries", "sub-sanne").LinkToProvider("Anna Kowalczyk", "sub-anna");
        }

        return _factory;
    }

    private static Task<Uri> AuthorizationRequestAsync(HttpClient client, string start = "/inloggen") => client.AuthorizationRequestAsync(start);

    private Task<HttpResponseMessage> SignInAtProviderAsync(HttpClient client, string subject = "sub-sanne", Action<JsonObject>? claims = null, string start = "/inloggen") =>
        client.SignInAtProviderAsync(Provider, subject, claims, start);

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(Uri uri) => QueryHelpers.ParseQuery(uri.Query);

    /// <summary>The callback ended on this Dutch page without starting a session.</summary>
    private static void AssertRefused(HttpResponseMessage response, string page)
    {
        Assert.Equal(page, response.Headers.Location!.OriginalString);
        AssertNoSession(response);
    }

    private static void AssertNoSession(HttpResponseMessage response) =>
        Assert.DoesNotContain(
            response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal) && !c.StartsWith("__Host-Meldcode=;", StringComparison.Ordinal));

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var start = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith("/inloggen", start.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
