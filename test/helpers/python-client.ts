/**
 * Posts a body with Python's urllib, an ordinary client that writes the whole body before it reads the answer:
 * a server that closes early shows up as a connection reset here. Without python3 the tests fail at once,
 * saying how to install it.
 */
import { spawn } from 'node:child_process';

const SCRIPT = `
import json, sys, urllib.request, urllib.error
url, size, ctype = sys.argv[1], int(sys.argv[2]), sys.argv[3]
req = urllib.request.Request(url, data=b'{"question": "' + b'x' * size + b'"}', method='POST',
                             headers={'Content-Type': ctype})
try:
    with urllib.request.urlopen(req, timeout=30) as r:
        out = {'status': r.status, 'body': r.read().decode()}
except urllib.error.HTTPError as e:
    out = {'status': e.code, 'body': e.read().decode(), 'connection': e.headers.get('Connection')}
except Exception as e:
    out = {'error': type(e).__name__ + ': ' + str(e)}
print(json.dumps(out))
`;

export interface PythonPost {
  status?: number;
  body?: string;
  connection?: string | null;
  /** The exception urllib raised instead of giving an HTTP answer (a reset, a broken pipe). */
  error?: string;
}

/** Runs python3 as a child process (asynchronously: the server under test may share this event loop). */
export function pythonPost(
  url: string,
  bytes: number,
  contentType = 'application/json',
): Promise<PythonPost> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', SCRIPT, url, String(bytes), contentType]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error('No python3 for the client tests: install it (apt-get install python3).')
          : e,
      ),
    );
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`python3 exited ${code}: ${err}`));
      else resolve(JSON.parse(out) as PythonPost);
    });
  });
}
