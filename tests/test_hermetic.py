"""The root conftest makes every test hermetic, whatever the developer's environment holds."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import os
    from pathlib import Path

    from sparring.llm.config import config_path
    from sparring.store.db import default_url


    def test_probe(tmp_path):
        for name in ("OPENAI_API_KEY", "SPARRING_LLM_PROVIDER", "SPARRING_DB", "SPARRING_LLM_BASE_URL"):
            assert name not in os.environ, name
        home = Path(os.environ["HOME"])
        assert home != Path(os.environ["OUTER_HOME"])
        assert str(config_path()).startswith(os.environ["SPARRING_HOME"])
        assert os.environ["SPARRING_HOME"] in default_url()
    """
)


def test_a_developers_llm_settings_and_data_never_reach_a_test(tmp_path: Path) -> None:
    tests = Path(__file__).resolve().parent
    probe = tests / "test_zz_hermetic_probe.py"
    probe.write_text(PROBE)
    env = {
        **os.environ,
        "OUTER_HOME": os.environ["HOME"],
        "OPENAI_API_KEY": "sk-developer-secret",
        "SPARRING_LLM_PROVIDER": "openai",
        "SPARRING_LLM_BASE_URL": "http://gpu-box.invalid/v1",
        "SPARRING_DB": f"sqlite:///{tmp_path / 'developer.db'}",
    }
    try:
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(probe)],
            cwd=tests.parent,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        probe.unlink()
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout
    assert not (tmp_path / "developer.db").exists()
