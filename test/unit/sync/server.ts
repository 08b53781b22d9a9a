import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * A real CouchDB-protocol server for tests: pouchdb-server on 127.0.0.1, a free port, its files (the
 * data with `persistent`, its config.json and log.txt always) in a temporary folder removed by stop().
 * restart() stops the process and starts it again on the same port and data, as a server going down
 * and coming back.
 */
export interface TestCouch {
  url: string
  port: number
  /** An admin's authorization header value. */
  adminAuth: string
  stop(): Promise<void>
  kill(): Promise<void>
  start(): Promise<void>
  /** A request as admin; returns status and parsed body. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>
  /** Creates a user with a password. */
  addUser(name: string, password: string): Promise<void>
  /** Creates a database whose members are exactly these users. */
  addDatabase(name: string, members: string[]): Promise<void>
}

const BIN = resolve('node_modules/pouchdb-server/bin/pouchdb-server')
export const ADMIN = { name: 'admin', password: 'admin-secret' }

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

export async function startCouch(options: { persistent?: boolean } = {}): Promise<TestCouch> {
  const folder = mkdtempSync(join(tmpdir(), 'ita-couch-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const adminAuth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`
  let child: ChildProcess | null = null
  let adminSet = false

  async function admin(method: string, path: string, body?: unknown) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(adminSet ? { authorization: adminAuth } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) as unknown : null }
  }

  async function start() {
    const mode = options.persistent ? ['--dir', join(folder, 'data')] : ['--in-memory']
    child = spawn(process.execPath, [BIN, ...mode, '--host', '127.0.0.1', '--port', String(port)], { cwd: folder, stdio: 'ignore' })
    const deadline = Date.now() + 20_000
    for (;;) {
      try {
        const response = await fetch(url)
        if (response.ok) break
      } catch { /* not yet listening */ }
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not start on ${url}`)
      await new Promise((wait) => setTimeout(wait, 100))
    }
    if (!adminSet) {
      // The first admin ends the "admin party": from here on the server asks who is calling.
      const made = await admin('PUT', `/_config/admins/${ADMIN.name}`, ADMIN.password)
      if (made.status >= 300) throw new Error(`could not make the admin: ${made.status}`)
      adminSet = true
    }
  }

  async function kill() {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    await new Promise<void>((done) => {
      running.once('exit', () => done())
      running.kill('SIGKILL')
    })
  }

  await start()
  return {
    url, port, adminAuth, start, kill, admin,
    async stop() {
      await kill()
      rmSync(folder, { recursive: true, force: true })
    },
    async addUser(name, password) {
      const made = await admin('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { name, password, roles: [], type: 'user' })
      if (made.status >= 300) throw new Error(`could not add user ${name}: ${made.status} ${JSON.stringify(made.body)}`)
    },
    async addDatabase(name, members) {
      const made = await admin('PUT', `/${encodeURIComponent(name)}`)
      if (made.status >= 300) throw new Error(`could not add database ${name}: ${made.status}`)
      const secured = await admin('PUT', `/${encodeURIComponent(name)}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } })
      if (secured.status >= 300) throw new Error(`could not secure ${name}: ${secured.status}`)
    },
  }
}
