namespace Mosaic.Sample;

/// The deploy bot: a users.json entry (UserId) that posts as an integration (BotId), so its
/// messages carry bot_id and username instead of user.
internal sealed record SampleBot(string UserId, string BotId, string Name, string RealName);
