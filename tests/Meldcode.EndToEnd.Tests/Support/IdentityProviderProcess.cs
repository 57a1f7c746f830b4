using System.Diagnostics;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// The test's OpenID Connect provider: <c>IdentityProvider/provider.mjs</c> (npm <c>oidc-provider</c> 8.x) run by
/// Node on 127.0.0.1, over plain http. Its packages come from <c>npm ci</c> in that folder (test.sh runs it).
/// Killed when disposed, however the test ended.
/// </summary>
internal sealed class IdentityProviderProcess : IAsyncDisposable
{
    public const string ClientId = "meldcode-e2e";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IdentityProviderProcess(Process process, Uri issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    /// <summary>The provider's issuer, which is also Meldcode's <c>Authentication:Oidc:Authority</c>.</summary>
    public Uri Issuer { get; }

    /// <summary>A fresh secret per run; Meldcode gets it as configuration, as an operator would set it in the environment.</summary>
    public static string ClientSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Meldcode.EndToEnd.Tests", "IdentityProvider");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>Checks that the provider's packages are installed; throws with what to run when they are not.</summary>
    public static void EnsureInstalled()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException(
                $"The test identity provider's packages are not installed ({Path.Combine(Folder, "node_modules")} is missing). "
                + $"Run: (cd {Folder} && npm ci) — ./test.sh does this when node_modules is missing or package-lock.json changed.");
        }
    }

    /// <summary>Starts the provider on <paramref name="port"/> for Meldcode at <paramref name="appAddress"/> and waits until it listens.</summary>
    public static async Task<IdentityProviderProcess> StartAsync(int port, Uri appAddress, IdentityProviderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(appAddress);
        ArgumentNullException.ThrowIfNull(profile);
        EnsureInstalled();
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("provider.mjs");
        startInfo.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startInfo.Environment["APP_URL"] = appAddress.GetLeftPart(UriPartial.Authority);
        startInfo.Environment["CLIENT_ID"] = ClientId;
        startInfo.Environment["CLIENT_SECRET"] = ClientSecret;
        startInfo.Environment["TOKEN_ENDPOINT_AUTH_METHOD"] = profile.TokenEndpointAuthMethod;
        startInfo.Environment["SIGNING_ALG"] = profile.SigningAlgorithm;
        startInfo.Environment["ROLE_CLAIM"] = profile.RoleClaim;
        startInfo.Environment["NODE_ENV"] = "test";

        var process = new Process { StartInfo = startInfo };
        var provider = new IdentityProviderProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => provider.Collect(line.Data);
        process.ErrorDataReceived += (_, line) => provider.Collect(line.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => provider._listening.TrySetException(new InvalidOperationException($"The identity provider stopped. Its output:{Environment.NewLine}{provider.Output}"));
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js ('node') is not on the PATH; the end-to-end tests need it for the test identity provider.", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await provider._listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await provider.DisposeAsync();
            throw new InvalidOperationException($"The identity provider did not start within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{provider.Output}");
        }

        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.StartsWith("listening on ", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }
}

/// <summary>
/// How a test provider differs from another, as real ones do: the algorithm of its only signing keys, how the client
/// shows its secret at the token endpoint, and the ID token claim that carries a person's roles.
/// </summary>
internal sealed record IdentityProviderProfile(string SigningAlgorithm, string TokenEndpointAuthMethod, string RoleClaim)
{
    /// <summary>RSA keys, the secret in the form, roles in <c>roles</c>.</summary>
    public static IdentityProviderProfile First { get; } = new("RS256", "client_secret_post", "roles");

    /// <summary>EC P-256 keys only, the secret in an HTTP Basic header, roles in <c>groups</c>.</summary>
    public static IdentityProviderProfile Second { get; } = new("ES256", "client_secret_basic", "groups");

    /// <summary>The value of <see cref="RoleClaim"/> that makes someone a functioneel beheerder in Meldcode (see provider.mjs: karin holds it).</summary>
    public const string AdministratorRole = "meldcode-beheer";
}
