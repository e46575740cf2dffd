namespace Mc2cm.Bench.Report;

/// <summary>How each figure is measured, and what is fair or not about it: the end of every results file.</summary>
public static class Method
{
    public const string Text = """
        ## How it is measured

        - **Processes.** `bench/run.sh` builds in Release, then the bench starts the suite as separate Release processes
          (`dotnet <service>.dll`, Production environment, settings as environment variables): a private RabbitMQ node
          (own epmd, loopback ports), the dev token issuer, Cities, Knowledge, Dialogue, Action, the gateway, the portal
          (web/, from its publish folder, so that its static assets are served as in production: fingerprinted,
          precompressed, with their cache headers; given the gateway's and the issuer's addresses only, as the AppHost
          does), and nginx (Debian's) in front of the Cities service. Each service has a fresh SQLite file in the run folder. Everything is
          stopped at the end, on failure and on Ctrl-C. Telemetry instrumentation is on as in production; no exporter runs.
        - **Reads.** gRPC: a .NET client (Grpc.Net.Client, one channel per target, calls multiplexed on one HTTP/2
          connection) in a closed loop of *c* callers. REST/JSON: Debian's `wrk` with *c* keep-alive connections
          (threads = min(c, cores)). Before a scenario's first figure, each target and face gets a few seconds of
          load that is thrown away (the JIT's tiers); each run then has its own warm-up, not recorded, and a fixed measured window;
          latencies are HDR histograms (HdrHistogram for gRPC, wrk's own for REST); a call's latency counts when it
          started and ended in the window. *Interleaved*: at each level the three targets run one after the other
          (direct, gateway, nginx), and again, for every round, the order rotating from round to round; each table gives
          the median of the rounds and their spread (smallest–largest). Ratios (gateway/direct, gateway/nginx) are taken
          between runs of the same round, then their median: both sides of a ratio ran within seconds of each other,
          so a busy moment of the machine weighs on both. Responses are checked (the right city, 50 cities a page);
          failures are counted, never timed.
        - **Fair and unfair.** Direct, gateway and nginx reach the *same* Cities process. The gateway does more than
          nginx on every call: the door's authorization policy, the per-caller rate limiter (its limit raised out of the
          way for the bench: all calls come from one address), CORS, route deadlines, gRPC-Web handling and tracing;
          nginx is a bare proxy with no access log. The load generator shares the two cores with the servers, so at
          high concurrency the figures show the machine's limit as much as a component's; the load generator's CPU is
          listed. At c=1 the figure is latency, not capacity.
        - **Event path.** The bench creates cities on Cities (gRPC, direct, a coordinator token) on an open-loop
          schedule (after a warm-up at the measured rate, at most 200 writes a second, 10 s in a full run, whose effects are awaited, so the window starts from a warm, idle suite):
          write *n* is due at start + n / rate, whatever earlier answers did, and every latency is timed from
          the due time (no coordinated omission). Each write commits the city and its `CityRegistered` in Cities'
          outbox; the dispatcher, woken by the commit, publishes it and marks it sent after the broker's confirm;
          Knowledge's consumer commits the city's draft profile with its inbox record. *Observed* = due time → the
          profile row is first seen by a read-only connection polling Knowledge's SQLite file every 5 ms (new rows by
          rowid): a row is visible only after its commit, so this is the committed effect, late by at most one poll.
          *Stamped* = due time → the consumer's own handling stamp (inbox `ProcessedAt`, written just before its commit;
          same machine clock): a lower bound. The truth lies between the two. The outbox's stamps split the path into
          outbox dispatch (event raised → marked sent) and broker → consumer. All other consumers of the event
          (Dialogue's and Action's copies of the cities, Knowledge's own copy) run as usual, so the broker and the disks
          carry the real fan-out. *Kept up* means: every due write was sent and succeeded, every effect arrived, the
          consumer committed ≥ 95 % of the offered rate during the window, and the backlog left when the window closed
          drained within 1 s.
        - **Overview.** Measured through the gateway only (it is the gateway's own endpoint): Tunis's overview, each
          answer checked to have every part OK (a failed part would time the failure path).
        - **Portal.** Tunis's city page (`/cities/tunis`: the gateway's overview fan-out, rendered) and the compare page
          (`/compare`, one indicator, six cities) with `wrk` at c=1 and c=16, after the JIT warm-up and a warm-up per
          run like the reads. Each page is probed first: it must answer 200 with every part rendered (no "unavailable"
          note), or it is reported, not measured. Signed in (issue 14): the profile draft editor's section form
          (`/profiles/sfax/draft/synopsis`, Sfax's focal point signed in at the issuer; wrk sends the person's cookie),
          and the save of that section posted as a coordinator: each caller takes a city of its own, reads the form
          (untimed) and posts it with the version just read, a real write each time, timed to the portal's redirect.
          Latency is the client's, over loopback: an upper bound of the server
          time. CPU per page divides each process's CPU time in the window by the pages completed in it. *Weight of the
          home page*: the HTML and every same-origin asset its `link`/`script`/`img` elements name, fetched with
          `Accept-Encoding: br, gzip`, counting status line, headers and body as sent; the repeat visit skips an asset
          whose `Cache-Control` keeps it fresh (a max-age, no `no-cache`/`no-store`) and asks again, with its
          validators, for the page and anything else.
        - **Cold start.** *Bench processes*: from starting the broker and the issuer to the last `/health` answering:
          the broker and the issuer first, then the services, the gateway and the portal side by side (under the AppHost the gateway
          does not wait for the broker; here it starts with the services). *AppHost*: `./run.sh`'s way
          (the Release AppHost with DCP and its dashboard) to every service, the gateway and the portal answering `/health` on the
          README's ports; skipped when those ports are taken.
        - **CPU and memory.** From `/proc` for each process tree (nginx's workers, the Erlang VM's helpers): CPU time over
          the measured window (100 % = one core), peak resident memory sampled every 250 ms. CPU µs per call (or per
          offered event) is that CPU time over the calls completed in the window: it depends far less on how busy the
          machine was than a rate does. On the event path, the part used by .NET's tiered-compilation thread (the JIT
          optimizing a young process's hot methods) is shown apart; it is a lower bound (the thread is followed at each sample).
        - **Load.** The 1-minute load average before each scenario (warm-up included) and after it; "(busy)" marks one
          that started above the core count: other work shared the machine, and its figures are not to compare.

        """;
}
