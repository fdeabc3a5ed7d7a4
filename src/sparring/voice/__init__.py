"""Audio edges: WAV files in, speech to text (faster-whisper) and text to speech (Piper, eSpeak NG) — all local."""
