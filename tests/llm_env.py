"""The environment variables that configure an LLM; test fixtures clear them so a developer's
own settings never leak into a test."""

LLM_ENV = (
    "SPARRING_LLM_PROVIDER",
    "SPARRING_LLM_BASE_URL",
    "SPARRING_LLM_MODEL",
    "SPARRING_LLM_API_KEY",
    "SPARRING_LLM_TIMEOUT",
    "SPARRING_LLM_MODEL_PATH",
    "OPENAI_BASE_URL",
    "OPENAI_API_KEY",
)
