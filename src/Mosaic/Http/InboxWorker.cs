using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mosaic.Connectors.Slack;
using Mosaic.Live;
using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Http;

/// Applies the inbox's events in the order they came, after they were acknowledged. Runs at start too, so what a
/// stopped server acknowledged but never applied is applied now. A failure that may pass (Slack rate-limiting or
/// down) is tried again later, backing off; one that will not (a malformed event) is kept with its error.
public sealed class InboxWorker(
    IEventInbox inbox, SlackEvents events, SlackTeammate? teammate, InboxSignal signal, IOptions<ServeOptions> options, ILogger<InboxWorker> log,
    FactPipeline? facts = null)
    : BackgroundService
{
    private const int MaxAttempts = 8;
    private const int Batch = 32;
    private const int LearnPerBatch = 2_000;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.InboxPollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!options.Value.InboxPaused)
            {
                var due = await inbox.DueAsync(Batch, stoppingToken);
                foreach (var e in due)
                {
                    await ProcessAsync(e, stoppingToken);
                }

                var moreToLearn = facts is not null && await LearnAsync(facts, stoppingToken);

                // A full batch means more may be due. The signal keeps one wake-up however many events came, so
                // after a burst the rest would wait for the next poll: a second for every 32 events.
                if (due.Count == Batch || moreToLearn)
                {
                    continue;
                }
            }

            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// The team model learns from what was just applied. A failure here must not stop events being applied: the
    /// items stay queued and the next batch tries again.
    /// Events come first: a large queue (the whole store after an upgrade) is learned a slice at a time between them.
    private async Task<bool> LearnAsync(FactPipeline facts, CancellationToken ct)
    {
        try
        {
            return (await facts.RunAsync(LearnPerBatch, ct)).More;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.LearningFailed(log, e);
            return false;
        }
    }

    private async Task ProcessAsync(InboxEvent e, CancellationToken ct)
    {
        try
        {
            var mention = await events.ApplyAsync(e.Body, ct);
            if (mention is not null && teammate is not null)
            {
                await teammate.AnswerAsync(mention, ct);
                Log.Answered(log, mention.User, mention.Channel, mention.ReplyThread);
            }

            await inbox.CompleteAsync(e.Id, ct);
            Log.Applied(log, e.Source, e.EventId, e.Attempts);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the event stays in the inbox and is applied on the next start.
        }
        catch (Exception failure) when (failure is JsonException or FormatException or KeyNotFoundException or InvalidOperationException
            || (failure is MosaicException and not SlackApiException { Transient: true }) || e.Attempts + 1 >= MaxAttempts)
        {
            await inbox.FailAsync(e.Id, failure.Message, null, ct);
            Log.GaveUp(log, failure is MosaicException ? null : failure, e.Source, e.EventId, failure.Message);
        }
        catch (Exception failure)
        {
            var wait = failure is SlackApiException { RetryAfter: { } after } ? after : TimeSpan.FromSeconds(Math.Pow(2, e.Attempts + 1));
            var retryAt = DateTimeOffset.UtcNow + (wait < MaxBackoff ? wait : MaxBackoff);
            await inbox.FailAsync(e.Id, failure.Message, retryAt, ct);
            Log.WillRetry(log, e.Source, e.EventId, failure.Message, retryAt);
        }
    }
}
