using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Meldcode.Application.Tests.Notifications.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1 for the tests: Debian's <c>python3-aiosmtpd</c>, run as
/// <c>python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c aiosmtpd.handlers.Mailbox MAILDIR</c>, which accepts every mail and
/// writes it to a maildir. Started per test class, killed when disposed. Missing aiosmtpd fails the test with what to
/// install (./test.sh installs it); it never skips.
/// </summary>
public sealed class SmtpSink : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly List<string> _output = [];
    private Process? _process;

    public SmtpSink()
    {
        Folder = Directory.CreateTempSubdirectory("meldcode-smtp-").FullName;
        Port = FreePort();
    }

    public int Port { get; }

    private string Folder { get; }

    private string Maildir => Path.Combine(Folder, "maildir");

    /// <summary>The mails the server accepted, as delivered (parsed by MimeKit), with their raw text.</summary>
    public IReadOnlyList<(MimeMessage Message, string Raw)> Delivered()
    {
        var arrived = Path.Combine(Maildir, "new");
        if (!Directory.Exists(arrived))
        {
            return [];
        }

        return Directory.GetFiles(arrived)
            .Order(StringComparer.Ordinal)
            .Select(file => (MimeMessage.Load(file), File.ReadAllText(file)))
            .ToList();
    }

    public async Task InitializeAsync()
    {
        var python = FindPythonWithAiosmtpd();
        var startInfo = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = startInfo };
        _process.OutputDataReceived += (_, line) => Collect(line.Data);
        _process.ErrorDataReceived += (_, line) => Collect(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Wait for the condition itself: the port accepts a connection (or the process died, or it took too long).
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (!timeout.IsCancellationRequested)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The SMTP sink (aiosmtpd) stopped at once. Its output:{Environment.NewLine}{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException)
            {
                // Not listening yet: look again shortly.
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        throw new InvalidOperationException($"The SMTP sink (aiosmtpd) did not accept connections on port {Port} within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{Output}");
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
            _process = null;
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>A port nothing listens on (the system hands out a free one; it is released at once for the test to use).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Debian's python3 (<c>/usr/bin/python3</c>) first: a python3 earlier on the PATH (pyenv, a virtualenv) does not see
    /// Debian's packages.
    /// </summary>
    private static string FindPythonWithAiosmtpd()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import aiosmtpd"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                })!;
                probe.WaitForExit();
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not there; try the next.
            }
        }

        throw new InvalidOperationException(
            "The SMTP tests need a real SMTP server on loopback: Debian's package python3-aiosmtpd, which is not installed "
            + "(neither /usr/bin/python3 nor python3 on the PATH can import aiosmtpd). Install it with "
            + "'apt-get install -y python3-aiosmtpd' — ./test.sh installs it when it is missing.");
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
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
    }
}
