using Microsoft.Extensions.Options;

namespace Mosaic.Http;

/// Mosaic:Api: how much each API token may ask. A token bucket: Burst requests at once, refilled at RequestsPerMinute.
public sealed class ApiOptions
{
    public const string Section = "Mosaic:Api";

    public int RequestsPerMinute { get; set; } = 120;

    public int Burst { get; set; } = 20;

    public sealed class Validator : IValidateOptions<ApiOptions>
    {
        public ValidateOptionsResult Validate(string? name, ApiOptions o)
        {
            var errors = new List<string>();
            if (o.RequestsPerMinute is < 1 or > 60_000)
            {
                errors.Add($"{Section}:RequestsPerMinute must be between 1 and 60000 (got {o.RequestsPerMinute}).");
            }

            if (o.Burst is < 1 or > 10_000)
            {
                errors.Add($"{Section}:Burst must be between 1 and 10000 (got {o.Burst}).");
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
