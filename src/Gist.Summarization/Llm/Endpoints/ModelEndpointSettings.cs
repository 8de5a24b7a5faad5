namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// One deployment in <c>Llm__Endpoints__N__…</c> (e.g. one Azure region). Every field but Endpoint falls back to the
/// single-endpoint setting of the same name (Llm__Provider, Llm__ApiKey, Llm__Model).
/// </summary>
public sealed class ModelEndpointSettings
{
    /// <summary>Shown in logs and metrics; default: the endpoint's host and port.</summary>
    public string? Name { get; set; }

    /// <summary><c>azure-openai</c> or <c>openai</c>; default Llm__Provider.</summary>
    public string? Provider { get; set; }

    /// <summary>The Azure resource URL or the OpenAI-compatible base URL (…/v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Never logged; default Llm__ApiKey.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model, or the Azure deployment name; default Llm__Model.</summary>
    public string? Model { get; set; }

    /// <summary>Share of the calls this deployment gets first; 0 makes it a standby used only when the others fail.</summary>
    public int Weight { get; set; } = 1;
}
