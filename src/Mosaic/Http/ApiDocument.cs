using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mosaic.Http;

/// /openapi/v1.json: says what the API is and that it takes a bearer token.
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    private const string Bearer = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Mosaic";
        document.Info.Description =
            "Search, ask and add items as one person, under Mosaic's audience rule. Authenticate with a token from `mosaic token create --as YOU`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = Bearer,
            Description = "A Mosaic API token (mos_…)",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];
        return Task.CompletedTask;
    }
}
