using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.ServerSentEvents;
using System.Text.RegularExpressions;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Benchmarks;

/// <summary>
/// One live dilemma session with many participants, over real HTTP (Kestrel on loopback), as browsers with JavaScript
/// use it: every participant joins with the code, keeps the session's event stream open, fetches the live part of
/// the page on every event (as live.js does), and votes once in round 1 and once in round 2, the votes of a round
/// spread over a window. The demo trainer watches the projector (its event stream and fragment) and moves the session
/// on. Measured from the client: joins, votes, how soon the projector shows the final count after the last vote, how
/// soon every participant hears of a stage change, and the process's memory. Checked: every vote sent is counted
/// exactly once, on the projector and in the database.
/// </summary>
public static partial class LiveSessionBenchmark
{
    private const string Trainer = "Nguyễn Thị Lan";

    private static readonly TimeSpan ProjectorTarget = TimeSpan.FromSeconds(1);
    private const double VoteP99TargetMs = 100;
    private const long MemoryTargetBytes = 500L * 1024 * 1024;

    public static async Task<int> RunAsync(LiveOptions options)
    {
        var deployment = options.Deployment;
        var folder = Directory.CreateTempSubdirectory("meldcode-live-").FullName;
        DatabaseTarget? database = null;
        try
        {
            // A fresh database: the first instance migrates it and seeds the demo data (the trainer), as in Development.
            database = deployment.IsPostgreSql ? (await deployment.PrepareAsync()).Target : DatabaseTarget.Sqlite(Path.Combine(folder, "meldcode.db"));
            var app = await AppInstances.StartAsync(deployment, database, folder);
            Console.WriteLine($"{deployment.Describe()}.");
            try
            {
                // Warm-up: a small session through the same steps first, so that the JIT has compiled the paths, as in a
                // server that has been running. Its figures are not reported.
                // Tiered compilation recompiles hot methods (instrumented, then optimised), so a few sessions in a row, until
                // the JIT has (nearly) nothing left to do. The JIT of app processes of their own cannot be watched from here:
                // then three warm-up sessions.
                for (var warm = 1; options.WarmUpParticipants > 0 && warm <= 6; warm++)
                {
                    var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
                    using var warmUp = new Run(options with { Participants = options.WarmUpParticipants, Seconds = 2, JoinConcurrency = Math.Min(options.JoinConcurrency, options.WarmUpParticipants) }, app, quiet: true);
                    using var warmUpMemory = new MemorySampler(app);
                    await warmUp.ExecuteAsync(warmUpMemory);
                    jit = System.Runtime.JitInfo.GetCompiledMethodCount() - jit;
                    Console.WriteLine(app.InThisProcess
                        ? $"Warm-up session {warm} with {options.WarmUpParticipants} participants: the JIT compiled {jit} methods."
                        : $"Warm-up session {warm} with {options.WarmUpParticipants} participants.");
                    if (app.InThisProcess ? jit < 500 : warm == 3)
                    {
                        break;
                    }
                }

                Console.WriteLine($"Load average before the measured session (the machine may be shared): {File.ReadAllText("/proc/loadavg").Trim()}");
                using var memory = new MemorySampler(app);
                using var run = new Run(options, app);
                var passed = await run.ExecuteAsync(memory);

                memory.Dispose();
                await app.DisposeAsync();
                var votes = await CountVotesAsync(database, run.SessionId);
                Console.WriteLine($"Load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
                passed &= run.Report(memory, votes);
                return passed ? 0 : 1;
            }
            finally
            {
                await app.DisposeAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (database is not null)
            {
                await deployment.DropAsync(database);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The session's votes in the database, after the app has stopped: per round and answer.</summary>
    private static async Task<Dictionary<(string Round, string Answer), int>> CountVotesAsync(DatabaseTarget database, Guid sessionId)
    {
        await using var context = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(database));
        var rows = await context.SessionVotes.AsNoTracking().Where(v => v.SessionId == sessionId)
            .GroupBy(v => new { v.Round, v.Answer })
            .Select(g => new { g.Key.Round, g.Key.Answer, Count = g.Count() })
            .ToListAsync();
        var duplicates = await context.SessionVotes.AsNoTracking().Where(v => v.SessionId == sessionId)
            .GroupBy(v => new { v.Round, v.ParticipantId }).CountAsync(g => g.Count() > 1);
        if (duplicates > 0)
        {
            throw new InvalidOperationException($"{duplicates} participants have more than one vote in a round.");
        }

        return rows.ToDictionary(r => (r.Round, r.Answer), r => r.Count);
    }

    private static string Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join("; ", values.Select(c => c.Split(';')[0])) : string.Empty;

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static string Percentiles(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return "– | – | – | –";
        }

        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{At(0.5):F1} | {At(0.95):F1} | {At(0.99):F1} | {sorted[^1]:F1}");
    }

    private static double P99(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(0.99 * sorted.Length) - 1)];
    }

    /// <summary>
    /// One session. The trainer signs in and moves the session on at the first instance; the projector follows it at the
    /// last (with two instances: the other one); participant i joins, follows and votes at instance i mod the number of instances.
    /// </summary>
    private sealed class Run(LiveOptions options, AppInstances app, bool quiet = false) : IDisposable
    {
        private readonly SocketsHttpHandler _requestHandler = new()
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1024,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };

        private readonly SocketsHttpHandler _streamHandler = new()
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = int.MaxValue,
        };

        private readonly CancellationTokenSource _stop = new();
        private readonly List<Participant> _participants = [];
        private readonly ConcurrentBag<double> _joinPosts = [];
        private readonly ConcurrentBag<double> _joinFlows = [];
        private readonly ConcurrentBag<string> _errors = [];
        private readonly ConcurrentQueue<(long At, int Voted, int Of)> _projector = new();
        private readonly List<RoundResult> _rounds = [];
        private readonly List<(string Name, StageResult Result)> _stages = [];
        private readonly List<HttpClient> _requests = [];
        private readonly List<HttpClient> _streams = [];
        private HttpClient _trainer = null!;
        private HttpClient _projectorClient = null!;
        private string _code = string.Empty;
        private string _trainerSession = string.Empty;
        private string _trainerAntiforgery = string.Empty;
        private double _joinSeconds;

        public Guid SessionId { get; private set; }

        public void Dispose()
        {
            _requests.ForEach(client => client.Dispose());
            _streams.ForEach(client => client.Dispose());
            _trainer?.Dispose();
            _projectorClient?.Dispose();
            _requestHandler.Dispose();
            _streamHandler.Dispose();
            _stop.Dispose();
        }

        public async Task<bool> ExecuteAsync(MemorySampler memory)
        {
            foreach (var address in app.Addresses)
            {
                _requests.Add(new HttpClient(_requestHandler, disposeHandler: false) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) });
                _streams.Add(new HttpClient(_streamHandler, disposeHandler: false) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan });
            }

            _trainer = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Addresses[0] };
            _projectorClient = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Addresses[^1] };
            _trainer.DefaultRequestHeaders.Accept.ParseAdd("text/html");
            await DossierLoadBenchmark.SignInAsync(_trainer, Trainer);

            // One Cookie header per request: the trainer's session cookie and, once a page set it, the antiforgery cookie.
            _trainerSession = string.Join("; ", _trainer.DefaultRequestHeaders.GetValues("Cookie"));
            _trainer.DefaultRequestHeaders.Remove("Cookie");
            await PrepareSessionAsync();
            var projector = Task.Run(FollowProjectorAsync);
            memory.MarkBaseline();

            Log($"Session {SessionId} (code {_code}); {options.Participants} participants join, {options.JoinConcurrency} at a time…");
            var joinTimer = Stopwatch.StartNew();
            var next = -1;
            var slots = Enumerable.Range(0, options.Participants).Select(i => new Participant(i, i % app.Addresses.Count)).ToArray();
            await Task.WhenAll(Enumerable.Range(0, options.JoinConcurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < slots.Length)
                {
                    await JoinAsync(slots[i]);
                }
            }));
            _joinSeconds = joinTimer.Elapsed.TotalSeconds;
            _participants.AddRange(slots.Where(p => p.Round is not null));
            Log(string.Create(CultureInfo.InvariantCulture, $"{_participants.Count} joined in {_joinSeconds:F1} s ({_errors.Count} errors); all keep their event stream open."));
            await WaitAsync(() => _participants.All(p => p.Seen >= 0), TimeSpan.FromSeconds(30), "every participant's event stream open");

            _rounds.Add(await VoteRoundAsync(1));
            _stages.Add(("Round 1 closed", await AdvanceAsync()));
            _stages.Add(("Discussion started", await AdvanceAsync(discussionMinutes: 1)));
            _stages.Add(("Round 2 opened", await AdvanceAsync()));
            _rounds.Add(await VoteRoundAsync(2));
            _stages.Add(("Round 2 closed", await AdvanceAsync()));

            await _stop.CancelAsync();
            try
            {
                await projector;
            }
            catch (OperationCanceledException)
            {
            }

            await Task.WhenAll(_participants.Select(p => p.Stream ?? Task.CompletedTask));
            return true;
        }

        private async Task PrepareSessionAsync()
        {
            var (page, _) = await TrainerPageAsync("/training/sessies/nieuw?pakket=week-tegen-kindermishandeling");
            var dilemmas = ChosenDilemma().Matches(page).Select(m => m.Groups[1].Value).ToList();
            var form = new List<KeyValuePair<string, string>>
            {
                new("__RequestVerificationToken", Token().Match(page).Groups[1].Value),
                new("Title", "Benchmark: live sessie"),
            };
            form.AddRange(dilemmas.Select(d => new KeyValuePair<string, string>("DilemmaIds", d)));
            var control = await PostAsync(_trainer, "/training/sessies/nieuw", form, TrainerCookie, expectRedirect: true);
            SessionId = SessionIdInPath().Match(control!) is { Success: true } id ? Guid.Parse(id.Groups[1].Value) : throw new InvalidOperationException($"Building the session went to {control}; {dilemmas.Count} dilemmas, .");

            (page, _) = await TrainerPageAsync(control!);
            await PostAsync(_trainer, $"{control}?handler=Start", [new("__RequestVerificationToken", Token().Match(page).Groups[1].Value)], TrainerCookie, expectRedirect: true);
            (page, _) = await TrainerPageAsync(control!);
            _code = JoinCode().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (_code.Length != 6)
            {
                throw new InvalidOperationException("The control page shows no join code.");
            }
        }

        /// <summary>The trainer's projector: on every event of the trainer's stream, fetch the fragment and read the count.</summary>
        private async Task FollowProjectorAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/training/sessies/{SessionId}/updates", UriKind.Relative));
            request.Headers.Accept.ParseAdd("text/event-stream");
            request.Headers.Add("Cookie", TrainerCookie);
            using var response = await _projectorClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
            await foreach (var item in SseParser.Create(stream).EnumerateAsync(_stop.Token))
            {
                if (item.EventType != "update")
                {
                    continue;
                }

                var (fragment, _) = await GetPageAsync(_projectorClient, $"/training/sessies/{SessionId}/scherm?handler=Fragment", TrainerCookie);
                var count = ProjectorCount().Match(fragment);
                if (count.Success)
                {
                    _projector.Enqueue((Stopwatch.GetTimestamp(), int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(count.Groups[2].Value, CultureInfo.InvariantCulture)));
                }
            }
        }

        private async Task JoinAsync(Participant participant)
        {
            try
            {
                var start = Stopwatch.GetTimestamp();
                var requests = _requests[participant.Instance];
                var (page, antiforgery) = await GetPageAsync(requests, "/doe-mee", null);
                var token = Token().Match(page).Groups[1].Value;
                var postStart = Stopwatch.GetTimestamp();
                using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Code", _code)]);
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/doe-mee", UriKind.Relative)) { Content = form };
                request.Headers.Add("Cookie", antiforgery);
                using var response = await requests.SendAsync(request);
                _joinPosts.Add(Ms(postStart, Stopwatch.GetTimestamp()));
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"Join answered {(int)response.StatusCode}");
                }

                participant.Cookie = $"{antiforgery}; {Cookies(response)}";
                var (sessionPage, _) = await GetPageAsync(requests, response.Headers.Location!.OriginalString, participant.Cookie);
                participant.Token = Token().Match(sessionPage).Groups[1].Value;
                participant.Answers = Answers().Matches(sessionPage).Select(m => m.Groups[1].Value).ToArray();
                participant.Round = RoundField().Match(sessionPage).Groups[1].Value;
                participant.Stream = FollowStreamAsync(participant);
                _joinFlows.Add(Ms(start, Stopwatch.GetTimestamp()));
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                participant.Round = null;
                _errors.Add($"join: {e.Message}");
            }
        }

        /// <summary>A participant's event stream; as live.js, the live part of the page is fetched again on every event after the first.</summary>
        private async Task FollowStreamAsync(Participant participant)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/doe-mee/{SessionId}/updates", UriKind.Relative));
                request.Headers.Accept.ParseAdd("text/event-stream");
                request.Headers.Add("Cookie", participant.Cookie);
                using var response = await _streams[participant.Instance].SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
                response.EnsureSuccessStatusCode();
                await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
                var first = true;
                await foreach (var item in SseParser.Create(stream).EnumerateAsync(_stop.Token))
                {
                    if (item.EventType != "update")
                    {
                        continue;
                    }

                    participant.SeenAt = Stopwatch.GetTimestamp();
                    Volatile.Write(ref participant.Seen, long.Parse(item.Data, CultureInfo.InvariantCulture));
                    if (first)
                    {
                        first = false;
                        continue;
                    }

                    var (fragment, _) = await GetPageAsync(_requests[participant.Instance], $"/doe-mee/{SessionId}?handler=Fragment", participant.Cookie);
                    participant.Round = RoundField().Match(fragment) is { Success: true } round ? round.Groups[1].Value : string.Empty;
                    participant.LoadedAt = Stopwatch.GetTimestamp();
                    Volatile.Write(ref participant.Loaded, participant.Seen);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
            {
                _errors.Add($"stream: {e.Message}");
            }
        }

        private async Task<RoundResult> VoteRoundAsync(int round)
        {
            await WaitAsync(() => _participants.All(p => p.Round is { Length: > 0 } r && r.EndsWith($":{round}", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), $"every participant's page showing round {round}");
            var result = new RoundResult(round, _participants[0].Round!);
            var random = new Random(round);
            var window = TimeSpan.FromSeconds(options.Seconds);
            var schedule = _participants
                .Select((p, i) => (Participant: p, At: window * ((i + random.NextDouble()) / _participants.Count)))
                .OrderBy(s => s.At)
                .ToList();
            Log($"Round {round}: {schedule.Count} votes over {options.Seconds} s…");
            var errorsBefore = _errors.Count;
            var cpuBefore = CpuTime();
            var jitBefore = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            var start = Stopwatch.GetTimestamp();
            var votes = new List<Task>(schedule.Count);
            foreach (var (participant, at) in schedule)
            {
                var wait = at - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }

                var answer = participant.Answers[(participant.Index + round) % participant.Answers.Length];
                votes.Add(VoteAsync(participant, answer, result));
            }

            await Task.WhenAll(votes);
            result.WindowSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            result.CpuSeconds = (CpuTime() - cpuBefore).TotalSeconds;
            result.JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Item1;
            result.JitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Item2).TotalSeconds;

            // The projector: how soon after the last vote's answer it shows the final count.
            var expected = result.Accepted;
            // Only what the projector showed since this round opened (round 1 ended on the same count).
            await WaitAsync(() => _projector.Any(p => p.At >= start && p.Voted == expected), TimeSpan.FromSeconds(10), $"the projector showing {expected} votes");
            var shown = _projector.Where(p => p.At >= start && p.Voted == expected).Min(p => p.At);
            result.ProjectorLatencyMs = Ms(result.LastVoteAnsweredAt, shown);
            result.ProjectorVoted = _projector.LastOrDefault().Voted;
            result.ProjectorOf = _projector.LastOrDefault().Of;
            result.Errors = _errors.Count - errorsBefore;
            Log(string.Create(CultureInfo.InvariantCulture, $"Round {round}: {result.Accepted} accepted, {result.Refused} refused; projector {result.ProjectorVoted} van de {result.ProjectorOf}, final {result.ProjectorLatencyMs:F0} ms after the last vote's answer."));
            return result;
        }

        private async Task VoteAsync(Participant participant, string answer, RoundResult result)
        {
            try
            {
                var start = Stopwatch.GetTimestamp();
                using var form = new FormUrlEncodedContent([new("Round", participant.Round!), new("Answer", answer), new("__RequestVerificationToken", participant.Token)]);
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/doe-mee/{SessionId}?handler=Vote", UriKind.Relative)) { Content = form };
                request.Headers.Add("Cookie", participant.Cookie);
                using var response = await _requests[participant.Instance].SendAsync(request);
                var end = Stopwatch.GetTimestamp();
                result.Posts.Add(Ms(start, end));
                InterlockedMax(ref result.LastVoteAnsweredAt, end);
                if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("ok=stem", StringComparison.Ordinal) != true)
                {
                    Interlocked.Increment(ref result.Refused);
                    _errors.Add($"vote: {(int)response.StatusCode}");
                    return;
                }

                Interlocked.Increment(ref result.Accepted);
                result.Sent.AddOrUpdate(answer, 1, (_, n) => n + 1);
                if (options.FollowRedirects)
                {
                    var pageStart = Stopwatch.GetTimestamp();
                    await GetPageAsync(_requests[participant.Instance], response.Headers.Location.OriginalString, participant.Cookie);
                    result.Pages.Add(Ms(pageStart, Stopwatch.GetTimestamp()));
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                Interlocked.Increment(ref result.Refused);
                _errors.Add($"vote: {e.Message}");
            }
        }

        /// <summary>The trainer moves the session on (the control page's button); how soon every participant's stream says so, and every page shows it.</summary>
        private async Task<StageResult> AdvanceAsync(int? discussionMinutes = null)
        {
            var before = _participants.ToDictionary(p => p, p => Volatile.Read(ref p.Seen));
            var control = $"/training/sessies/{SessionId}/bediening";
            var (page, _) = await TrainerPageAsync(control);
            var advance = AdvanceForm().Match(page);
            var form = new List<KeyValuePair<string, string>>
            {
                new("__RequestVerificationToken", Token().Match(page).Groups[1].Value),
                new("Dilemma", advance.Groups[1].Value),
                new("Point", advance.Groups[2].Value),
                new("Stage", advance.Groups[3].Value),
            };
            if (discussionMinutes is { } minutes)
            {
                form.Add(new("DiscussionMinutes", minutes.ToString(CultureInfo.InvariantCulture)));
            }

            var start = Stopwatch.GetTimestamp();
            var location = await PostAsync(_trainer, $"{control}?handler=Advance", form, TrainerCookie, expectRedirect: true);
            if (location!.Contains("bericht=", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The session did not move on from {advance.Groups[3].Value}.");
            }

            await WaitAsync(() => _participants.All(p => Volatile.Read(ref p.Loaded) > before[p]), TimeSpan.FromSeconds(60), $"every participant past {advance.Groups[3].Value}");
            var heard = _participants.Select(p => Ms(start, p.SeenAt)).ToList();
            var loaded = _participants.Select(p => Ms(start, p.LoadedAt)).ToList();
            var result = new StageResult(heard, loaded);
            Log(string.Create(CultureInfo.InvariantCulture, $"From {advance.Groups[3].Value}: all {heard.Count} streams had the change after {heard.Max():F0} ms, all pages after {loaded.Max():F0} ms."));
            return result;
        }

        public bool Report(MemorySampler memory, Dictionary<(string Round, string Answer), int> database)
        {
            Console.WriteLine();
            Console.WriteLine($"{options.Deployment.Describe()}: the trainer at {app.Addresses[0]}, the projector at {app.Addresses[^1]}, the participants spread over {string.Join(" and ", app.Addresses)}.");
            Console.WriteLine($"Participants: {options.Participants} (joined: {_participants.Count}); vote window: {options.Seconds} s per round; follow the redirect after a vote: {options.FollowRedirects}; {Environment.ProcessorCount} cores.");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Joins: {_participants.Count} in {_joinSeconds:F1} s, {options.JoinConcurrency} at a time ({_participants.Count / _joinSeconds:F0} joins/s)."));
            Console.WriteLine();
            Console.WriteLine("| Requests | Count | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Console.WriteLine($"| Join: POST /doe-mee | {_joinPosts.Count} | {Percentiles(_joinPosts)} |");
            Console.WriteLine($"| Join: whole (GET form, POST, GET page, open stream) | {_joinFlows.Count} | {Percentiles(_joinFlows)} |");
            foreach (var round in _rounds)
            {
                Console.WriteLine($"| Vote round {round.Number}: POST ?handler=Vote | {round.Posts.Count} | {Percentiles(round.Posts)} |");
                if (!round.Pages.IsEmpty)
                {
                    Console.WriteLine($"| Vote round {round.Number}: GET the page after the vote | {round.Pages.Count} | {Percentiles(round.Pages)} |");
                }
            }

            Console.WriteLine();
            Console.WriteLine("| Stage change | Streams: p50 (ms) | p95 | p99 | all (max) | Pages reloaded: p50 (ms) | p95 | p99 | all (max) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (name, stage) in _stages)
            {
                Console.WriteLine($"| {name} | {Percentiles(stage.Heard)} | {Percentiles(stage.Loaded)} |");
            }

            Console.WriteLine();
            var passed = true;
            foreach (var round in _rounds)
            {
                var stored = database.Where(d => d.Key.Round == round.RoundKey).ToDictionary(d => d.Key.Answer, d => d.Value);
                var exactlyOnce = round.Refused == 0 && round.Accepted == _participants.Count && round.ProjectorVoted == round.Accepted
                    && round.ProjectorOf == _participants.Count && stored.Count == round.Sent.Count && stored.All(s => round.Sent.TryGetValue(s.Key, out var n) && n == s.Value);
                var sent = string.Join(", ", round.Sent.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
                var inDb = string.Join(", ", stored.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
                Console.WriteLine($"Round {round.Number} ({round.RoundKey}): sent {round.Accepted} accepted + {round.Refused} refused; projector {round.ProjectorVoted} van de {round.ProjectorOf}; database {inDb} (sent {sent}) → counted exactly once: {(exactlyOnce ? "yes" : "NO")}");
                var p99 = P99(round.Posts);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Round {round.Number}: vote p99 {p99:F1} ms (target < {VoteP99TargetMs} ms): {(p99 < VoteP99TargetMs ? "met" : "NOT met")}; projector final {round.ProjectorLatencyMs:F0} ms after the last vote (target ≤ {ProjectorTarget.TotalMilliseconds} ms): {(round.ProjectorLatencyMs <= ProjectorTarget.TotalMilliseconds ? "met" : "NOT met")}; votes spread over {round.WindowSeconds:F1} s, in which the process (app and driver) used {round.CpuSeconds:F1} s of CPU ({round.CpuSeconds / round.WindowSeconds:F2} cores); the JIT compiled {round.JitMethods} methods in {round.JitSeconds:F1} s."));
                passed &= exactlyOnce && p99 < VoteP99TargetMs && round.ProjectorLatencyMs <= ProjectorTarget.TotalMilliseconds;
            }

            if (app.InThisProcess)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Memory of the process (app and load driver together): working set {memory.BaselineWorkingSet / 1048576.0:F0} MB before the participants, peak {memory.PeakWorkingSet / 1048576.0:F0} MB; GC heap (GC.GetTotalMemory) peak {memory.PeakHeap / 1048576.0:F0} MB, GC committed peak {memory.PeakCommitted / 1048576.0:F0} MB (target < 500 MB): {(memory.PeakWorkingSet < MemoryTargetBytes ? "met" : "NOT met")}."));
                passed &= memory.PeakWorkingSet < MemoryTargetBytes;
            }
            else
            {
                // The app processes on their own; the driver's process (its connections and parsers) apart.
                var largest = memory.PeakAppWorkingSets.Count == 0 ? 0 : memory.PeakAppWorkingSets.Max();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Memory of the app processes: peak working set {string.Join(" and ", memory.PeakAppWorkingSets.Select(bytes => $"{bytes / 1048576.0:F0} MB"))} (target < 500 MB per instance): {(largest < MemoryTargetBytes ? "met" : "NOT met")}; the load driver's process: peak {memory.PeakWorkingSet / 1048576.0:F0} MB."));
                passed &= largest < MemoryTargetBytes;
            }

            Console.WriteLine($"Thread pool: peak {memory.PeakThreads} threads, peak {memory.PeakQueue} queued work items.");
            if (!_errors.IsEmpty)
            {
                Console.WriteLine($"Errors ({_errors.Count}): " + string.Join("; ", _errors.GroupBy(e => e, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}").Take(10)));
                passed = false;
            }

            Console.WriteLine(passed ? "RESULT: PASS (every target met)" : "RESULT: FAIL");
            return passed;
        }

        private void Log(string line)
        {
            if (!quiet)
            {
                Console.WriteLine(line);
            }
        }

        /// <summary>The CPU time used so far by the app and the load driver together (one process, or the driver's and the app's).</summary>
        private TimeSpan CpuTime()
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime + (app.InThisProcess ? TimeSpan.Zero : app.CpuTime());
        }

        private string TrainerCookie => _trainerAntiforgery.Length > 0 ? $"{_trainerSession}; {_trainerAntiforgery}" : _trainerSession;

        private async Task<(string Page, string Cookies)> TrainerPageAsync(string path)
        {
            var (page, cookies) = await GetPageAsync(_trainer, path, TrainerCookie);
            if (cookies.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase))
            {
                _trainerAntiforgery = cookies;
            }

            return (page, cookies);
        }

        private async Task<(string Page, string Cookies)> GetPageAsync(HttpClient client, string path, string? cookie)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Accept.ParseAdd("text/html");
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }

            using var response = await client.SendAsync(request, _stop.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path.Split('?')[0].Split('/')[1]} answered {(int)response.StatusCode}");
            }

            return (await response.Content.ReadAsStringAsync(_stop.Token), Cookies(response));
        }

        private static async Task<string?> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string cookie, bool expectRedirect)
        {
            using var form = new FormUrlEncodedContent(fields);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = form };
            if (cookie.Length > 0)
            {
                request.Headers.Add("Cookie", cookie);
            }

            using var response = await client.SendAsync(request);
            if (expectRedirect && response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}");
            }

            return response.Headers.Location?.OriginalString;
        }

        private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > timeout)
                {
                    throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}.");
                }

                await Task.Delay(5);
            }
        }

        private static void InterlockedMax(ref long target, long value)
        {
            long current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }

    private sealed class Participant(int index, int instance)
    {
        public int Index { get; } = index;

        /// <summary>The app instance this participant's browser talks to (its index in <see cref="AppInstances.Addresses"/>).</summary>
        public int Instance { get; } = instance;

        public string Cookie { get; set; } = string.Empty;

        public string Token { get; set; } = string.Empty;

        public string[] Answers { get; set; } = [];

        /// <summary>The round the page shows (its hidden field), empty when no vote is open, null when the join failed.</summary>
        public string? Round { get; set; }

        public Task? Stream { get; set; }

#pragma warning disable SA1401, CA1051 // fields: written with Volatile/Interlocked
        public long Seen = -1;
        public long SeenAt;
        public long Loaded = -1;
        public long LoadedAt;
#pragma warning restore SA1401, CA1051
    }

    private sealed class RoundResult(int number, string roundKey)
    {
        public int Number { get; } = number;

        public string RoundKey { get; } = roundKey;

        public ConcurrentBag<double> Posts { get; } = [];

        public ConcurrentBag<double> Pages { get; } = [];

        public ConcurrentDictionary<string, int> Sent { get; } = new(StringComparer.Ordinal);

        public double WindowSeconds { get; set; }

        public double CpuSeconds { get; set; }

        public long JitMethods { get; set; }

        public double JitSeconds { get; set; }

        public double ProjectorLatencyMs { get; set; }

        public int ProjectorVoted { get; set; }

        public int ProjectorOf { get; set; }

        public int Errors { get; set; }

#pragma warning disable SA1401, CA1051 // fields: written with Interlocked
        public int Accepted;
        public int Refused;
        public long LastVoteAnsweredAt;
#pragma warning restore SA1401, CA1051
    }

    private sealed record StageResult(List<double> Heard, List<double> Loaded);

    /// <summary>
    /// Samples this process's memory every 100 ms (with the app in this process: app and load driver together), and the
    /// working set of each app process of its own.
    /// </summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Timer _timer;
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly Lock _gate = new();
        private readonly AppInstances _app;
        private readonly List<long> _peakAppWorkingSets = [];
        private bool _disposed;

        public MemorySampler(AppInstances app)
        {
            _app = app;
            _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        }

        /// <summary>The peak working set of each app process (empty when the app runs in this process).</summary>
        public IReadOnlyList<long> PeakAppWorkingSets
        {
            get
            {
                lock (_gate)
                {
                    return [.. _peakAppWorkingSets];
                }
            }
        }

        public long BaselineWorkingSet { get; private set; }

        public long PeakWorkingSet { get; private set; }

        public long PeakHeap { get; private set; }

        public long PeakCommitted { get; private set; }

        public int PeakThreads { get; private set; }

        public long PeakQueue { get; private set; }

        public void MarkBaseline()
        {
            lock (_gate)
            {
                _process.Refresh();
                BaselineWorkingSet = _process.WorkingSet64;
            }
        }

        public void Dispose()
        {
            _timer.Dispose();
            Sample();
            lock (_gate)
            {
                _disposed = true;
                _process.Dispose();
            }
        }

        private void Sample()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                var apps = _app.WorkingSets();
                for (var i = 0; i < apps.Count; i++)
                {
                    if (i == _peakAppWorkingSets.Count)
                    {
                        _peakAppWorkingSets.Add(0);
                    }

                    _peakAppWorkingSets[i] = Math.Max(_peakAppWorkingSets[i], apps[i]);
                }

                _process.Refresh();
                PeakWorkingSet = Math.Max(PeakWorkingSet, _process.WorkingSet64);
                PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(false));
                PeakCommitted = Math.Max(PeakCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
                PeakThreads = Math.Max(PeakThreads, ThreadPool.ThreadCount);
                PeakQueue = Math.Max(PeakQueue, ThreadPool.PendingWorkItemCount);
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"DilemmaIds\" value=\"([0-9a-f-]{36})\" checked=\"checked\"")]
    private static partial Regex ChosenDilemma();

    [GeneratedRegex("/training/sessies/([0-9a-f-]{36})/bediening")]
    private static partial Regex SessionIdInPath();

    [GeneratedRegex("class=\"control__code\">([0-9 ]+)<")]
    private static partial Regex JoinCode();

    [GeneratedRegex("<strong>(\\d+)</strong> van de (\\d+) hebben gestemd")]
    private static partial Regex ProjectorCount();

    [GeneratedRegex("name=\"Answer\" value=\"([^\"]+)\"")]
    private static partial Regex Answers();

    [GeneratedRegex("name=\"Round\" value=\"([^\"]+)\"")]
    private static partial Regex RoundField();

    [GeneratedRegex("name=\"Dilemma\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"Point\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"Stage\" value=\"(\\w+)\">")]
    private static partial Regex AdvanceForm();
}
