namespace Mosaic.Evaluation;

/// One request a client makes: an event's first delivery, or Slack's retry of it.
internal sealed record SlackDelivery(int Event, bool Retry);
