namespace Mosaic.Connectors.Slack;

/// One YYYY-MM-DD.json file: the messages of one conversation on one day.
public sealed record SlackDayFile(SlackConversation Conversation, string Entry, DateOnly Day);
