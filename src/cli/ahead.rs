//! Compression off the cleaning thread: [`ReadAhead`] decompresses a few blocks ahead of the
//! cleaning, and [`WriteBehind`] compresses what the cleaning wrote a few blocks behind it, so
//! that inflating and deflating a gzip or zstd corpus run beside the work on its text. Memory
//! stays bounded: at most [`BLOCKS`] blocks wait each way, and blocks are handed back for reuse.

use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread::JoinHandle;

/// Bytes in a block.
const BLOCK: usize = 256 << 10;
/// Blocks read ahead at most.
const BLOCKS: usize = 4;

/// A reader whose source is read on another thread.
pub struct ReadAhead {
    blocks: Receiver<io::Result<Vec<u8>>>,
    spare: Sender<Vec<u8>>,
    block: Vec<u8>,
    pos: usize,
    done: bool,
}

impl ReadAhead {
    /// Start reading `source` on a new thread. The thread ends at the end of the source, at an
    /// error (which the reader then returns), or when the reader is dropped.
    pub fn new<R: Read + Send + 'static>(mut source: R) -> ReadAhead {
        let (to_reader, blocks) = mpsc::sync_channel::<io::Result<Vec<u8>>>(BLOCKS);
        let (spare, spares) = mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || fill(&mut source, &to_reader, &spares));
        ReadAhead { blocks, spare, block: Vec::new(), pos: 0, done: false }
    }
}

/// A block handed back for reuse, emptied, or a new one.
fn spare_block(spares: &Receiver<Vec<u8>>) -> Vec<u8> {
    let mut block = spares.try_recv().unwrap_or_else(|_| Vec::with_capacity(BLOCK));
    block.clear();
    block
}

fn fill(
    source: &mut dyn Read,
    to_reader: &SyncSender<io::Result<Vec<u8>>>,
    spares: &Receiver<Vec<u8>>,
) {
    loop {
        let mut block = spare_block(spares);
        match source.take(BLOCK as u64).read_to_end(&mut block) {
            Ok(0) => return,
            Ok(_) => {
                if to_reader.send(Ok(block)).is_err() {
                    return; // the reader is gone
                }
            }
            Err(e) => {
                let _ = to_reader.send(Err(e));
                return;
            }
        }
    }
}

impl BufRead for ReadAhead {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pos == self.block.len() && !self.done {
            match self.blocks.recv() {
                Ok(Ok(next)) => {
                    let used = std::mem::replace(&mut self.block, next);
                    let _ = self.spare.send(used);
                    self.pos = 0;
                }
                Ok(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                Err(_) => self.done = true, // the source is at its end
            }
        }
        Ok(&self.block[self.pos..])
    }

    fn consume(&mut self, amount: usize) {
        self.pos = (self.pos + amount).min(self.block.len());
    }
}

impl Read for ReadAhead {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

/// A writer whose sink (a compressor) is fed on another thread. [`WriteBehind::finish`] waits
/// for it and returns what finishing the sink returns; an error of the sink is returned by the
/// next write or by `finish`.
pub struct WriteBehind<T> {
    block: Vec<u8>,
    to_sink: Option<SyncSender<Vec<u8>>>,
    spares: Receiver<Vec<u8>>,
    thread: Option<JoinHandle<io::Result<T>>>,
}

impl<T: Send + 'static> WriteBehind<T> {
    /// Feed `sink` on a new thread; `finish` closes it (e.g. writes a gzip trailer).
    pub fn new<W, F>(mut sink: W, finish: F) -> WriteBehind<T>
    where
        W: Write + Send + 'static,
        F: FnOnce(W) -> io::Result<T> + Send + 'static,
    {
        let (to_sink, blocks) = mpsc::sync_channel::<Vec<u8>>(BLOCKS);
        let (spare, spares) = mpsc::channel::<Vec<u8>>();
        let thread = std::thread::spawn(move || {
            for block in blocks {
                sink.write_all(&block)?;
                let _ = spare.send(block);
            }
            finish(sink)
        });
        WriteBehind {
            block: Vec::with_capacity(BLOCK),
            to_sink: Some(to_sink),
            spares,
            thread: Some(thread),
        }
    }

    /// Hand the filled block to the sink's thread.
    fn send(&mut self) -> io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        let full = std::mem::replace(&mut self.block, spare_block(&self.spares));
        let sent = self.to_sink.as_ref().is_some_and(|to| to.send(full).is_ok());
        if sent {
            Ok(())
        } else {
            Err(self.wait().err().unwrap_or_else(|| io::ErrorKind::BrokenPipe.into()))
        }
    }

    /// Close the channel and wait for the sink's thread.
    fn wait(&mut self) -> io::Result<T> {
        self.to_sink = None;
        match self.thread.take().map(JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(io::Error::other("the compressing thread panicked")),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }

    /// Write what is left, finish the sink and return what its `finish` returned.
    pub fn finish(mut self) -> io::Result<T> {
        self.send()?;
        self.wait()
    }
}

impl<T> Drop for WriteBehind<T> {
    /// Dropped unfinished (an error elsewhere): the sink's thread still ends before this
    /// returns, so that what it owns (a temporary file) is cleaned up, not cut off at exit.
    fn drop(&mut self) {
        self.to_sink = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl<T: Send + 'static> Write for WriteBehind<T> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.block.extend_from_slice(buf);
        if self.block.len() >= BLOCK {
            self.send()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yields_the_source_in_order() {
        let data: Vec<u8> = (0..3 * BLOCK + 17).map(|i| (i % 251) as u8).collect();
        let mut out = Vec::new();
        ReadAhead::new(io::Cursor::new(data.clone())).read_to_end(&mut out).unwrap();
        assert_eq!(out, data);
        let mut lines = 0;
        let text = "एक पंक्ति\n".repeat(100_000);
        for line in ReadAhead::new(io::Cursor::new(text.clone().into_bytes())).lines() {
            assert_eq!(line.unwrap(), "एक पंक्ति");
            lines += 1;
        }
        assert_eq!(lines, 100_000);
    }

    #[test]
    fn passes_errors_on() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "corrupt deflate stream",
                    ));
                }
                let n = self.0.min(out.len());
                out[..n].fill(b'a');
                self.0 -= n;
                Ok(n)
            }
        }
        let mut out = Vec::new();
        let err = ReadAhead::new(Failing(BLOCK + 5)).read_to_end(&mut out).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn writes_all_in_order_then_finishes() {
        let data: Vec<u8> = (0..3 * BLOCK + 17).map(|i| (i % 251) as u8).collect();
        let mut w = WriteBehind::new(Vec::new(), |mut v: Vec<u8>| {
            v.extend_from_slice(b"END");
            Ok(v)
        });
        for piece in data.chunks(1000) {
            w.write_all(piece).unwrap();
        }
        w.flush().unwrap();
        let out = w.finish().unwrap();
        assert_eq!(&out[..data.len()], &data[..]);
        assert_eq!(&out[data.len()..], b"END");
    }

    #[test]
    fn sink_errors_come_back() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut w = WriteBehind::new(Full, |_| Ok(()));
        let mut failed = None;
        for _ in 0..(BLOCKS + 3) * 4 {
            if let Err(e) = w.write_all(&[b'x'; BLOCK / 4]) {
                failed = Some(e);
                break;
            }
        }
        let err = match failed {
            Some(e) => e,
            None => w.finish().unwrap_err(),
        };
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
    }

    #[test]
    fn dropping_the_reader_ends_the_thread() {
        // An endless source: the thread must stop once the reader is gone.
        let mut r = ReadAhead::new(io::repeat(b'x'));
        let mut buf = [0u8; 10];
        r.read_exact(&mut buf).unwrap();
        drop(r);
    }
}
