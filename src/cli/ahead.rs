//! Read-ahead: decompression on a thread of its own, a few blocks ahead of the cleaning, so
//! that inflating a gzip or zstd corpus runs beside the work on what it yields. Memory stays
//! bounded: at most [`BLOCKS`] blocks wait, and read blocks are handed back for reuse.

use std::io::{self, BufRead, Read};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};

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

fn fill(
    source: &mut dyn Read,
    to_reader: &SyncSender<io::Result<Vec<u8>>>,
    spares: &Receiver<Vec<u8>>,
) {
    loop {
        let mut block = spares.try_recv().unwrap_or_else(|_| Vec::with_capacity(BLOCK));
        block.clear();
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
    fn dropping_the_reader_ends_the_thread() {
        // An endless source: the thread must stop once the reader is gone.
        let mut r = ReadAhead::new(io::repeat(b'x'));
        let mut buf = [0u8; 10];
        r.read_exact(&mut buf).unwrap();
        drop(r);
    }
}
