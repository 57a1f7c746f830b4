using System.Net;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Users;
using Meldcode.Web.Tests.DilemmaSessions;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meldcode.Web.Tests.Security;

/// <summary>
/// Deny by default, checked for every endpoint the app has (read from its endpoint data source, so a new page
/// without a line in <see cref="Expected"/> fails) and for every kind of caller: anonymous, signed in but waiting
/// for access, and each role. Pages about a dossier are opened with a dossier of Sanne (professional, its owner)
/// in Mehmet's team (aandachtsfunctionaris); nobody else may read it, which looks like "not found".
/// </summary>
public sealed class EndpointAccessTests : IClassFixture<EndpointAccessTests.App>
{
    /// <summary>What each endpoint's GET gives each caller, and who gets past its gate with a POST.</summary>
    private static readonly Dictionary<string, Access> Expected = new(StringComparer.Ordinal)
    {
        // Open to everyone, also without signing in.
        ["inloggen"] = Access.Public,
        ["inloggen/mislukt"] = Access.Public,
        ["inloggen/extra-stap-nodig"] = Access.Public,
        ["acuut-gevaar"] = Access.Public,
        ["broncode"] = Access.Public,
        ["fout/{statusCode:int?}"] = Access.Public,
        ["health/live"] = Access.Public,
        ["health/ready"] = Access.Public,

        // Live dilemma sessions, for participants: anonymous, as joining is. A page of a session this browser did not
        // join sends it to the join form; its stream is only for a browser that joined (none of these callers did).
        ["doe-mee"] = Access.Public,
        ["d/{code?}"] = Access.Public,
        ["doe-mee/{id:guid}"] = Access.Public,
        ["doe-mee/{sessionId:guid}/updates"] = Access.PublicNotJoined,

        // Signed in, also while waiting for access.
        ["wacht-op-toegang"] = Access.SignedIn(whileWaiting: Outcome.Shown, withRole: Outcome.Elsewhere),
        ["uitloggen"] = Access.SignedIn(whileWaiting: Outcome.Shown, withRole: Outcome.Shown),
        ["sessie"] = Access.SignedIn(whileWaiting: Outcome.Shown, withRole: Outcome.Shown), // how long the session lasts (GET), stay signed in (POST)

        // Any role.
        [""] = Access.AnyRole(),
        ["adviesvragen"] = Access.AnyRole(),
        ["adviesvragen/{id:guid}/{request:guid}"] = Access.AnyRole(Outcome.NotFound),
        ["medewerker-meldingen"] = Access.AnyRole(),
        ["medewerker-meldingen/nieuw"] = Access.AnyRole(),
        ["medewerker-meldingen/{id:guid}"] = Access.AnyRole(Outcome.NotFound),

        // Professionals and aandachtsfunctionarissen.
        ["dossiers"] = Access.Roles(Role.Professional, Role.SafeguardingLead),
        ["dossiers/nieuw"] = Access.Roles(Role.Professional, Role.SafeguardingLead),

        // Figures for the board and the yearly evaluation (counts only): the board and aandachtsfunctionarissen; the CSV too.
        ["cijfers"] = Access.Roles(Role.Board, Role.SafeguardingLead),
        ["cijfers/export"] = Access.Roles(Role.Board, Role.SafeguardingLead),
        // The team overview (issue 13): aandachtsfunctionarissen only.
        ["team"] = Access.Roles(Role.SafeguardingLead),
        // The postvak: professionals and aandachtsfunctionarissen, and the board (named as reviewer, it gets items too).
        ["postvak"] = Access.Roles(Role.Professional, Role.SafeguardingLead, Role.Board),

        // One dossier: its owner works on it; the aandachtsfunctionaris of its team reads it (the forms show, but the
        // use cases refuse what needs the owner's Work permission); nobody else finds it. Made-up part ids are not found.
        ["dossiers/{id:guid}"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/signaal"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Forbidden),
        ["dossiers/{id:guid}/kindcheck"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Forbidden),
        ["dossiers/{id:guid}/betrokkenen"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Forbidden),
        ["dossiers/{id:guid}/consultatie"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/advies-vragen"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Forbidden),
        ["dossiers/{id:guid}/gesprek"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Forbidden),
        ["dossiers/{id:guid}/weging/{question:int}"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/besluit"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/melding"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/melding/{report:guid}/terugkoppeling"] = Access.Dossier(owner: Outcome.NotFound, lead: Outcome.NotFound),
        ["dossiers/{id:guid}/hulp"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/evaluatie"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/acuut"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/opmerking"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["dossiers/{id:guid}/correctie/{entry:guid}"] = Access.Dossier(owner: Outcome.NotFound, lead: Outcome.NotFound),
        ["dossiers/{id:guid}/sluiten"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Forbidden),
        ["dossiers/{id:guid}/concept-melding"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),

        // Four eyes: the lead of the team reviews; the owner cannot review their own decision.
        ["dossiers/{id:guid}/beoordeling"] = Access.Dossier(owner: Outcome.Forbidden, lead: Outcome.Shown),
        // Handing over (issue 13): one dossier by the aandachtsfunctionaris of its team; an owner's dossiers at once, leads only.
        ["dossiers/{id:guid}/overdragen"] = Access.Dossier(owner: Outcome.Forbidden, lead: Outcome.Shown),
        ["team/overdragen"] = Access.Roles(Role.SafeguardingLead),
        // Requests to see the file (issue 14): the aandachtsfunctionaris of the dossier's team only. Made-up request ids are not found.
        ["dossiers/{id:guid}/inzage"] = Access.Dossier(owner: Outcome.Forbidden, lead: Outcome.Shown),
        ["dossiers/{id:guid}/inzage/{request:guid}"] = Access.Dossier(owner: Outcome.NotFound, lead: Outcome.NotFound),

        // The access log (issue 14): the privacy officer only; the CSV and the chain check too.
        ["privacy/toegangslog"] = Access.Roles(Role.PrivacyOfficer),
        ["privacy/toegangslog/export"] = Access.Roles(Role.PrivacyOfficer),
        ["privacy/toegangslog/controle"] = Access.Roles(Role.PrivacyOfficer),

        // Retention (issue 14): every reader of the dossier sees Bewaren (the forms are the lead's); the privacy officer
        // and the functioneel beheerder see the holds and the deletion records.
        ["dossiers/{id:guid}/bewaren"] = Access.Dossier(owner: Outcome.Shown, lead: Outcome.Shown),
        ["privacy/bewaren"] = Access.Roles(Role.PrivacyOfficer, Role.FunctionalAdministrator),

        // The admin area: functioneel beheerders only.
        ["beheer"] = Access.AdminArea,
        ["beheer/gebruikers"] = Access.AdminArea,
        ["beheer/gebruikers/{id:guid}"] = Access.AdminArea,
        ["beheer/teams"] = Access.AdminArea,
        ["beheer/teams/{id:guid}"] = Access.AdminArea,
        ["beheer/organisatie"] = Access.AdminArea,
        ["beheer/log"] = Access.AdminArea,

        // The dilemma library: trainers only. Made-up dilemma ids are not found.
        ["training/dilemmas"] = Access.TrainerArea(),
        ["training/dilemmas/nieuw"] = Access.TrainerArea(),
        ["training/dilemmas/{id:guid}"] = Access.TrainerArea(Outcome.NotFound),
        ["training/dilemmas/{id:guid}/bewerken"] = Access.TrainerArea(Outcome.NotFound),
        ["training/themapakketten"] = Access.TrainerArea(),

        // Live dilemma sessions, for their trainer: trainers only. A session of another trainer is not found, as an
        // unknown one is; so is its stream.
        ["training/sessies"] = Access.TrainerArea(),
        ["training/sessies/nieuw"] = Access.TrainerArea(),
        ["training/sessies/{id:guid}/bediening"] = Access.TrainerArea(Outcome.NotFound),
        ["training/sessies/{id:guid}/scherm"] = Access.TrainerArea(Outcome.NotFound),
        ["training/sessies/{id:guid}/samenvatting"] = Access.TrainerArea(Outcome.NotFound),
        ["training/sessies/{sessionId:guid}/updates"] = Access.TrainerArea(Outcome.NotFound),
    };

    private readonly App _app;

    public EndpointAccessTests(App app)
    {
        _app = app;
    }

    /// <summary>Who calls: nobody signed in, someone waiting for access, or the demo user of each role.</summary>
    public enum Caller
    {
        Anonymous,
        Waiting,
        Professional,
        SafeguardingLead,
        Trainer,
        FunctionalAdministrator,
        PrivacyOfficer,
        Board,
    }

    /// <summary>What a GET gives.</summary>
    public enum Outcome
    {
        /// <summary>The page (or what it answers with, such as a redirect onwards); nothing refused.</summary>
        Shown,

        /// <summary>A redirect away to the caller's own place (the start page), not a refusal.</summary>
        Elsewhere,

        /// <summary>Sent to the sign-in page.</summary>
        SignIn,

        /// <summary>Sent to "Wacht op toegang".</summary>
        Wait,

        Forbidden,

        NotFound,
    }

    public static TheoryData<Caller> Callers() => [.. Enum.GetValues<Caller>()];

    [Fact]
    public void Every_endpoint_of_the_app_has_a_line_in_the_table_and_every_line_an_endpoint()
    {
        var routes = _app.Endpoints.Select(Route).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(routes.Except(Expected.Keys).Select(r => $"'{r}' has no line in the table"));
        Assert.Empty(Expected.Keys.Except(routes).Select(r => $"'{r}' is no endpoint of the app"));
    }

    [Fact]
    public void Only_the_public_lines_are_open_without_signing_in()
    {
        var open = _app.Endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Route).Order(StringComparer.Ordinal);

        Assert.Equal(Expected.Where(e => e.Value.Gate == Gate.Public).Select(e => e.Key).Order(StringComparer.Ordinal), open);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_page_gives_each_caller_what_the_table_says(Caller caller)
    {
        var client = await _app.ClientAsync(caller);
        var wrong = new List<string>();
        foreach (var endpoint in _app.Endpoints)
        {
            var route = Route(endpoint);
            var expected = Expected[route].OnGet(caller);
            using var response = await client.GetAsync(_app.UrlFor(endpoint), HttpCompletionOption.ResponseHeadersRead); // an event stream never ends
            var actual = await OutcomeOfAsync(response);
            if (actual != expected)
            {
                wrong.Add($"GET /{route}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_post_gets_past_the_gate_only_for_the_callers_the_table_lets_in(Caller caller)
    {
        var client = await _app.ClientAsync(caller);
        var wrong = new List<string>();
        foreach (var endpoint in _app.Endpoints.Where(e => MethodsOf(e).Contains(HttpMethods.Post)))
        {
            var route = Route(endpoint);
            var expected = Expected[route].LetsIn(caller);
            using var response = await client.PostAsync(_app.UrlFor(endpoint), new FormUrlEncodedContent([]));
            var refused = OutcomeOf(response) is Outcome.SignIn or Outcome.Wait or Outcome.Forbidden || response.StatusCode == HttpStatusCode.Unauthorized;
            if (refused == expected)
            {
                wrong.Add($"POST /{route}: expected {(expected ? "past the gate" : "refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>Requests no handler of a page answers: a made-up handler, a plain post, a method no page has.</summary>
    public static TheoryData<Caller, string> StrayRequests()
    {
        var data = new TheoryData<Caller, string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            foreach (var kind in new[] { "POST ?handler=Bogus", "POST", "TRACE" })
            {
                data.Add(caller, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StrayRequests))]
    public async Task A_request_no_handler_answers_is_refused_plainly_on_every_page_and_never_fails(Caller caller, string kind)
    {
        var client = await _app.ClientAsync(caller);
        var token = await _app.AntiforgeryTokenAsync(caller);
        var errorsBefore = _app.Logs.Entries.Count(e => e.Level >= LogLevel.Error);
        var wrong = new List<string>();
        // Every page, except signing out: its plain post does sign the caller's browser out, which the other tests share.
        foreach (var endpoint in _app.Endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && Route(e) != "uitloggen"))
        {
            var url = _app.UrlFor(endpoint);
            using var request = new HttpRequestMessage(new HttpMethod(kind.Split(' ')[0]), kind.EndsWith("Bogus", StringComparison.Ordinal) ? new Uri(url + "?handler=Bogus", UriKind.Relative) : url);
            if (request.Method == HttpMethod.Post)
            {
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                wrong.Add($"{kind} /{Route(endpoint)}: {status}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(errorsBefore, _app.Logs.Entries.Count(e => e.Level >= LogLevel.Error));
    }

    [Theory]
    [InlineData(Caller.Professional, "POST", HttpStatusCode.NotFound)] // the overview's forms all post to a named handler
    [InlineData(Caller.Professional, "POST ?handler=Bogus", HttpStatusCode.NotFound)]
    [InlineData(Caller.Professional, "TRACE", HttpStatusCode.MethodNotAllowed)]
    [InlineData(Caller.Board, "POST", HttpStatusCode.NotFound)] // a dossier the caller may not read is not found, whatever the method
    [InlineData(Caller.Board, "TRACE", HttpStatusCode.NotFound)]
    public async Task A_stray_request_to_the_dossier_overview_gets_404_or_405(Caller caller, string kind, HttpStatusCode expected)
    {
        var client = await _app.ClientAsync(caller);
        var token = await _app.AntiforgeryTokenAsync(caller);
        var overview = _app.UrlFor(_app.Endpoints.Single(e => Route(e) == "dossiers/{id:guid}"));
        using var request = new HttpRequestMessage(new HttpMethod(kind.Split(' ')[0]), kind.EndsWith("Bogus", StringComparison.Ordinal) ? new Uri(overview + "?handler=Bogus", UriKind.Relative) : overview);
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.NotFound ? "Pagina niet gevonden" : "Dit kan zo niet", (await Browser.ParseAsync(response)).QuerySelector("h1")?.TextContent);
        if (expected == HttpStatusCode.MethodNotAllowed)
        {
            Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_client_that_does_not_ask_for_a_page_gets_401_instead_of_a_redirect_to_sign_in()
    {
        using var client = _app.Factory.CreateClient();
        foreach (var endpoint in _app.Endpoints.Where(e => Expected[Route(e)].Gate != Gate.Public))
        {
            using var response = await client.GetAsync(_app.UrlFor(endpoint), HttpCompletionOption.ResponseHeadersRead);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"GET /{Route(endpoint)} gave {response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_unknown_address_reveals_nothing_to_an_anonymous_user()
    {
        using var client = _app.Factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri("/beheer/geheim", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string Route(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText!.TrimStart('/');

    private static IReadOnlyList<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : [HttpMethods.Get, HttpMethods.Post];

    /// <summary>A refusal is the Dutch error page ("Geen toegang"); a page may also answer 403 itself (such as "extra stap nodig") and is then shown.</summary>
    private static async Task<Outcome> OutcomeOfAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden && response.RequestMessage?.Method == HttpMethod.Get
            ? (await Browser.ParseAsync(response)).QuerySelector("h1")?.TextContent == "Geen toegang" ? Outcome.Forbidden : Outcome.Shown
            : OutcomeOf(response);

    private static Outcome OutcomeOf(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden => Outcome.Forbidden,
        HttpStatusCode.NotFound => Outcome.NotFound,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/inloggen?terug=", StringComparison.Ordinal) => Outcome.SignIn,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString == "/wacht-op-toegang" => Outcome.Wait,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString == "/" => Outcome.Elsewhere,
        _ => Outcome.Shown,
    };

    /// <summary>Who gets past an endpoint's gate (the web layer's authorization, before any page code runs).</summary>
    public enum Gate
    {
        Public,
        SignedIn,
        Roles,
    }

    /// <summary>One line of the table.</summary>
    public sealed record Access(Gate Gate, IReadOnlySet<Role> GateRoles, Func<Caller, Outcome> OnGet)
    {
        public static Access Public { get; } = new(Gate.Public, new HashSet<Role>(), _ => Outcome.Shown);

        /// <summary>Open to everyone at the gate, but only for a browser that joined the session (by its cookie): not found for anyone else.</summary>
        public static Access PublicNotJoined { get; } = new(Gate.Public, new HashSet<Role>(), _ => Outcome.NotFound);

        public static Access SignedIn(Outcome whileWaiting, Outcome withRole) =>
            new(Gate.SignedIn, new HashSet<Role>(), caller => caller switch
            {
                Caller.Anonymous => Outcome.SignIn,
                Caller.Waiting => whileWaiting,
                _ => withRole,
            });

        /// <summary>Every role gets past the gate; what they then get is <paramref name="forRoles"/>.</summary>
        public static Access AnyRole(Outcome forRoles = Outcome.Shown) =>
            new(Gate.Roles, Enum.GetValues<Role>().ToHashSet(), caller => RoleOf(caller) is null ? Refused(caller) : forRoles);

        /// <summary>Any role gets past the web layer's gate; the use case then refuses the roles not named (403).</summary>
        public static Access Roles(params Role[] roles) =>
            new(Gate.Roles, Enum.GetValues<Role>().ToHashSet(), caller => RoleOf(caller) is not { } role ? Refused(caller) : roles.Contains(role) ? Outcome.Shown : Outcome.Forbidden);

        /// <summary>The admin area: the web layer's gate already lets only functioneel beheerders in (and the use cases check again).</summary>
        public static Access AdminArea { get; } =
            Roles(Role.FunctionalAdministrator) with { GateRoles = new HashSet<Role> { Role.FunctionalAdministrator } };

        /// <summary>The trainer's area (Pages/Training and the trainer's stream): the web layer's gate lets only trainers in (and the use cases check again).</summary>
        public static Access TrainerArea(Outcome forTrainer = Outcome.Shown) =>
            new(Gate.Roles, new HashSet<Role> { Role.Trainer }, caller => RoleOf(caller) is not { } role ? Refused(caller) : role == Role.Trainer ? forTrainer : Outcome.Forbidden);

        /// <summary>A page about the dossier: any role gets past the gate, then the Application decides per dossier.</summary>
        public static Access Dossier(Outcome owner, Outcome lead) =>
            new(Gate.Roles, Enum.GetValues<Role>().ToHashSet(), caller => caller switch
            {
                Caller.Professional => owner,
                Caller.SafeguardingLead => lead,
                _ when RoleOf(caller) is null => Refused(caller),
                _ => Outcome.NotFound,
            });

        public bool LetsIn(Caller caller) => Gate switch
        {
            Gate.Public => true,
            Gate.SignedIn => caller != Caller.Anonymous,
            _ => RoleOf(caller) is { } role && GateRoles.Contains(role),
        };

        private static Outcome Refused(Caller caller) => caller == Caller.Anonymous ? Outcome.SignIn : Outcome.Wait;

        private static Role? RoleOf(Caller caller) => caller is Caller.Anonymous or Caller.Waiting ? null : Enum.Parse<Role>(caller.ToString());
    }

    /// <summary>The app with a dossier of Sanne's, a user waiting for access, and one signed-in browser per caller.</summary>
    public sealed class App : IAsyncLifetime
    {
        private readonly Dictionary<Caller, HttpClient> _clients = [];
        private Guid _dossier;
        private Guid _user;
        private Guid _team;
        private Guid _othersSession;

        public App()
        {
            Factory.WithServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }

        public MeldcodeFactory Factory { get; } = new();

        public RecordingLoggerProvider Logs { get; } = new();

        public IReadOnlyList<RouteEndpoint> Endpoints { get; private set; } = [];

        public async Task InitializeAsync()
        {
            _dossier = await DossierSeed.CreateAsync(Factory);
            (_user, _team) = Factory.WithDatabase(c =>
            {
                var waiting = User.Provision(c.Organisations.Single(), "https://idp.example", "sub-waiting", "Wachtende Wim", null);
                c.Users.Add(waiting);
                c.SaveChanges();
                return (c.Users.Single(u => u.DisplayName == "Sanne de Vries").Id, c.Teams.Single(t => t.Name == "Basisschool De Esdoorn").Id);
            });
            Factory.AddTrainer("Tessa Tweede");
            using (var otherTrainer = await Factory.SignedInAsync("Tessa Tweede"))
            {
                _othersSession = await otherTrainer.PrepareAsync();
                await otherTrainer.StartAsync(_othersSession);
            }

            Endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        }

        public async Task<HttpClient> ClientAsync(Caller caller)
        {
            if (!_clients.TryGetValue(caller, out var client))
            {
                client = Factory.CreateBrowser();
                var name = caller switch
                {
                    Caller.Anonymous => null,
                    Caller.Waiting => "Wachtende Wim",
                    Caller.Professional => "Sanne de Vries",
                    Caller.SafeguardingLead => "Mehmet Yılmaz",
                    Caller.Trainer => "Nguyễn Thị Lan",
                    Caller.FunctionalAdministrator => "Peter Jansen",
                    Caller.PrivacyOfficer => "Fatima El Amrani",
                    _ => "Willem van den Berg",
                };
                if (name is not null)
                {
                    await client.SignInAsAsync(name);
                }

                _clients[caller] = client;
            }

            return client;
        }

        /// <summary>An antiforgery token of this caller's browser, from a page with a form (any page's form will do: the token is the user's).</summary>
        public async Task<string> AntiforgeryTokenAsync(Caller caller)
        {
            var client = await ClientAsync(caller);
            var page = await client.GetPageAsync(caller == Caller.Anonymous ? "/inloggen" : "/uitloggen");
            return (page.QuerySelector("input[name=__RequestVerificationToken]") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value
                ?? throw new InvalidOperationException($"No form with an antiforgery token for {caller}.");
        }

        /// <summary>
        /// An address for the endpoint: the dossier, user and team of the setup where the route names one, a running
        /// session of another trainer for a live session, otherwise a made-up identifier.
        /// </summary>
        public Uri UrlFor(RouteEndpoint endpoint)
        {
            ArgumentNullException.ThrowIfNull(endpoint);
            var raw = Route(endpoint);
            var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { Name: "statusCode" } => "404",
                RoutePatternParameterPart { Name: "id" } when raw.StartsWith("dossiers/", StringComparison.Ordinal) || raw.StartsWith("adviesvragen/", StringComparison.Ordinal) => _dossier.ToString(),
                RoutePatternParameterPart { Name: "id" } when raw.StartsWith("beheer/gebruikers/", StringComparison.Ordinal) => _user.ToString(),
                RoutePatternParameterPart { Name: "id" } when raw.StartsWith("beheer/teams/", StringComparison.Ordinal) => _team.ToString(),
                RoutePatternParameterPart { Name: "id" or "sessionId" } when raw.StartsWith("training/sessies/", StringComparison.Ordinal) || raw.StartsWith("doe-mee/", StringComparison.Ordinal) => _othersSession.ToString(),
                RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
                RoutePatternParameterPart => Guid.NewGuid().ToString(),
                _ => string.Empty,
            })));
            return new Uri("/" + string.Join('/', segments), UriKind.Relative);
        }

        public Task DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
